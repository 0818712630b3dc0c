import { z } from 'zod';

const roleSchema = z.enum(['admin', 'chief', 'worker', 'household_head', 'mediator', 'resident']);

const expectation = z.object({
  to: z.string().optional(),
  contains: z.array(z.string()).optional(),
  file: z.string().optional(),
});

const step = z.union([
  z.object({ say: z.string(), from: z.string(), in: z.string().optional(), mention: z.boolean().optional() }),
  z.object({ at: z.string().datetime({ offset: true }) }),
  /** A member renames a group the bot is in (added compatibly: older files never use it). */
  z.object({ rename: z.string().min(1), in: z.string(), from: z.string() }),
  /** A button press (WeCom card) or the same reply typed in private: {"tap": "已转发", "from": "张网格"}. */
  z.object({ tap: z.literal('已转发'), from: z.string() }),
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
    }),
  ),
  rooms: z.array(
    z.object({
      topic: z.string().min(1),
      grid: z.string().optional(),
      admin: z.boolean().optional(),
      /** Posted by hand: the bot's posts go to the grid's worker to forward (#绑定 … 人工转发). */
      manual: z.boolean().optional(),
      members: z.array(z.string()).default([]),
    }),
  ),
  steps: z.array(step),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Step = Scenario['steps'][number];
export type Expectation = z.infer<typeof expectation>;
