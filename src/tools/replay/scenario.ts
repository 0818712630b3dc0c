import { z } from 'zod';

/** Where a person or group talks to the bot: a personal WeChat account (default) or WeCom's smart bot. */
const channel = z.enum(['wechat', 'wecom']).optional();

const roleSchema = z.enum(['admin', 'chief', 'worker', 'household_head', 'mediator', 'resident']);

const expectation = z.object({
  to: z.string().optional(),
  contains: z.array(z.string()).optional(),
  file: z.string().optional(),
});

const step = z.union([
  /** `voice`: said, not typed (WeCom hands the bot its transcript, in private chats only). */
  z.object({ say: z.string(), from: z.string(), in: z.string().optional(), mention: z.boolean().optional(), voice: z.boolean().optional() }),
  z.object({ at: z.string().datetime({ offset: true }) }),
  /** A member renames a group the bot is in (added compatibly: older files never use it). */
  z.object({ rename: z.string().min(1), in: z.string(), from: z.string() }),
  /** A button press on the last WeCom card with that button, else the same words typed in private: {"tap": "已转发", "from": "张网格"}. */
  z.object({ tap: z.string().min(1), from: z.string() }),
  /** The WeCom long connection goes down (every reconnect refused) or comes back: {"wecom": "down"}. */
  z.object({ wecom: z.enum(['down', 'up']) }),
  z.object({ expect: expectation }),
  z.object({ expectNot: expectation }),
]);

/** The replay file format: a contract others write hidden scenarios in. Extend only compatibly. */
export const scenarioSchema = z.object({
  name: z.string().optional(),
  start: z.string().datetime({ offset: true }),
  people: z.array(
    z.object({
      name: z.string().min(1),
      role: roleSchema.default('resident'),
      /** '上司村三组' (village up to the first 村/社区, grid the rest), or a village alone ('里腊村') for a village chief. */
      grid: z.string().optional(),
      /** "wecom": the person's WeCom account, which has written to the bot once (so it can push to them). */
      channel,
    }),
  ),
  rooms: z.array(
    z.object({
      topic: z.string().min(1),
      grid: z.string().optional(),
      admin: z.boolean().optional(),
      /** Posted by hand: the bot's posts go to the grid's worker to forward (#绑定 … 人工转发). */
      manual: z.boolean().optional(),
      /** "wecom": a WeCom group with the bot in it; the bot there sees only messages that @ it. */
      channel,
      members: z.array(z.string()).default([]),
    }),
  ),
  /** The centre's WeCom group robot webhook is configured (WECOM_WEBHOOK_URL); its posts are sent "to": "Webhook". */
  webhook: z.boolean().optional(),
  steps: z.array(step),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Step = Scenario['steps'][number];
export type Expectation = z.infer<typeof expectation>;
