import { eq } from 'drizzle-orm';
import type { Clock } from '../../kernel/clock.js';
import type { Logger } from '../../kernel/logger.js';
import type { Db } from '../../db/client.js';
import { members } from '../../db/schema.js';
import { wecomId, type Channel } from '../../chat/channel.js';
import { createWebhook } from '../../chat/wecom/webhook.js';
import type { AlertWebhook } from '../../outbox/webhook-fallback.js';
import type { MockWorld, SentRecord } from '../../chat/mock/mock-world.js';
import { createWecomWorld, type WecomWorld } from '../../chat/mock/wecom-world.js';

/** The name a replay's `expect.to` gives the centre's webhook (a WeCom group robot). */
export const WEBHOOK_NAME = 'Webhook';

/** A fetch that answers as a WeCom group robot does, keeping what was posted. */
function recordingFetch(into: SentRecord[]): typeof fetch {
  return (async (_url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as { markdown?: { content?: string } };
    into.push({ to: WEBHOOK_NAME, toKind: 'room', text: body.markdown?.content ?? '', mentions: [], via: '群机器人' });
    return new Response(JSON.stringify({ errcode: 0, errmsg: 'ok' }), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

export interface Channels {
  wecom: WecomWorld | null;
  webhook: AlertWebhook | null;
  /** Everything sent on every channel, in the order it went out (read after each send). */
  pull(): SentRecord[];
  /** The channel a person speaks on in private (their `channel`, else WeChat). */
  channelOf(name: string): Channel;
  /** Puts a person on WeCom: an account, and known to have written to the bot once (so it can push to them). */
  joinWecom(db: Db, name: string, at: Date): Promise<void>;
  /** Back to WeChat alone: the WeCom account is taken off the roster, so the bot answers on WeChat. */
  leaveWecom(db: Db, name: string): Promise<void>;
  stop(): Promise<void>;
}

/** The mock WeChat world plus, when asked, a WeCom world (real SDK, local fake server) and a recording webhook. */
export async function openChannels(world: MockWorld, o: { wecom: boolean; webhook: boolean; log: Logger; clock: Clock }): Promise<Channels> {
  const wecom = o.wecom ? await createWecomWorld({ log: o.log, clock: o.clock, botName: world.botName }) : null;
  const hooked: SentRecord[] = [];
  const webhook = o.webhook ? createWebhook('http://webhook.invalid/cgi-bin/webhook/send?key=replay', o.clock, recordingFetch(hooked)) : null;
  const onWecom = new Set<string>();
  const seen = { wechat: 0, wecom: 0, webhook: 0 };
  const fresh = <T>(list: readonly T[], k: keyof typeof seen): T[] => {
    if (list.length < seen[k]) seen[k] = 0; // the log was cleared
    const out = list.slice(seen[k]);
    seen[k] = list.length;
    return out;
  };
  return {
    wecom,
    webhook,
    pull: () => [...fresh(world.sent(), 'wechat'), ...(wecom ? fresh(wecom.sent(), 'wecom') : []), ...fresh(hooked, 'webhook')],
    channelOf: (name) => (onWecom.has(name) ? 'wecom' : 'wechat'),
    async joinWecom(db, name, at) {
      if (!wecom) throw new Error('this replay has no WeCom channel');
      const userid = wecom.addPerson(name);
      onWecom.add(name);
      await db.update(members).set({ wecomUserid: userid, wecomSeenAt: at }).where(eq(members.name, name));
    },
    async leaveWecom(db, name) {
      onWecom.delete(name);
      await db.update(members).set({ wecomUserid: null, wecomSeenAt: null }).where(eq(members.name, name));
    },
    stop: async () => void (await wecom?.stop()),
  };
}

/** The stored id of a WeCom group for a room seeded on WeCom. */
export const wecomRoomId = (w: WecomWorld, topic: string): string => wecomId(w.addRoom(topic));
