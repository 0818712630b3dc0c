import type { AppDeps } from '../app-deps.js';
import type { Member, Room } from '../db/types.js';
import type { InboundMessage, OutgoingFile } from '../chat/port.js';
import type { MessageContext, Route } from '../kernel/router.js';
import { isDatabaseUnavailable } from '../db/errors.js';
import { buildContext } from './context.js';
import { storeJudged } from './flood.js';
import { claimInbound, finishInbound, pendingInbound, storeInbound, type Seen, type StoredRow } from './store.js';

/** WeChat replays recent history at login; anything older than this before login is not new. */
const HISTORY_SLACK_MS = 2 * 60_000;
const APOLOGY = '抱歉，刚才处理您的消息时出了点问题，已记录下来，管理员会跟进。';
const FLOOD_NOTICE = '您发消息太快了，我先暂停处理一会儿。请过一两分钟再发，这期间多出来的消息我没有处理。';

export interface Identified {
  sender: Member;
  room: Room | null;
}

export interface PipelineDeps extends AppDeps {
  instanceId: string;
  route(ctx: MessageContext): Route;
  /**
   * Finds (or creates) the member and bound room behind a stored message. `seen`: what storing it
   * found for its WeChat ids already (absent for messages resumed after a crash).
   */
  identify(row: StoredRow, seen?: Seen): Promise<Identified>;
  loginAt(): Date | null;
}

export type ReceiveOutcome = 'handled' | 'failed' | 'duplicate' | 'history' | 'elsewhere' | 'throttled';

export interface Pipeline {
  /**
   * Stores, then handles. Returns what happened, for tests and benchmarks. Rejects only when the
   * database is unreachable (the message may or may not be stored; resume() finishes it later).
   */
  receive(message: InboundMessage): Promise<ReceiveOutcome>;
  /** Handles messages a crash or a database outage left stored but unhandled. */
  resume(): Promise<number>;
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  /** Rows being handled in this process: resume() must not start them a second time. */
  const inFlight = new Set<number>();
  /** WeChat ids receive() is storing or handling (stored already claimed): resume() leaves them alone. */
  const receiving = new Set<string>();
  const isHistory = (m: InboundMessage) => {
    const login = deps.loginAt();
    return login !== null && m.sentAt.getTime() < login.getTime() - HISTORY_SLACK_MS;
  };

  /** `claimed`: stored by receive() with this instance's claim (no separate claim needed), with what storing saw. */
  async function handle(row: StoredRow, claimed?: Seen, file?: OutgoingFile): Promise<'handled' | 'failed' | 'elsewhere'> {
    if (inFlight.has(row.id)) return 'elsewhere';
    inFlight.add(row.id);
    try {
      if (!claimed && !(await claimInbound(deps.db, row.id, deps.instanceId, deps.clock.now()))) return 'elsewhere';
      return await route(row, claimed, file);
    } finally {
      inFlight.delete(row.id);
    }
  }

  async function route(row: StoredRow, seen?: Seen, file?: OutgoingFile): Promise<'handled' | 'failed'> {
    let routeName = 'unrouted';
    let ctx: MessageContext | null = null;
    try {
      const { sender, room } = await deps.identify(row, seen);
      ctx = buildContext(deps, row, sender, room, file);
      const route = deps.route(ctx);
      routeName = route.name;
      await route.handle(ctx);
      await finishInbound(deps.db, row.id, deps.clock.now(), { route: routeName });
      return 'handled';
    } catch (err) {
      // The database went away: the message stays pending and is handled again once it is back.
      if (isDatabaseUnavailable(err)) throw err;
      const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      deps.log.error({ messageId: row.id, route: routeName, err: error }, 'handler failed');
      await finishInbound(deps.db, row.id, deps.clock.now(), { route: routeName, error });
      await ctx?.replyPrivately(APOLOGY).catch(() => {});
      return 'failed';
    }
  }

  /** Over the sender's allowance (stored as throttled, not handled): the sender is told once. */
  async function tellFlooder(row: StoredRow): Promise<void> {
    deps.log.warn({ messageId: row.id, perMinute: deps.config.FLOOD_PER_MINUTE }, 'flood: sender throttled');
    try {
      const { sender, room } = await deps.identify(row);
      await buildContext(deps, row, sender, room).reply(FLOOD_NOTICE);
    } catch (err) {
      deps.log.warn({ messageId: row.id, err: err instanceof Error ? err.message : String(err) }, 'flood: notice not queued');
    }
  }

  return {
    async receive(message) {
      const id = message.wechatMessageId;
      const mine = !receiving.has(id);
      receiving.add(id);
      try {
        if (isHistory(message)) return (await storeInbound(deps.db, message, deps.clock.now(), 'ignored')) ? 'history' : 'duplicate';
        const stored = await storeJudged(deps.db, message, deps.clock.now(), deps.config.FLOOD_PER_MINUTE, deps.instanceId);
        if (!stored) return 'duplicate';
        if (!stored.verdict.throttled) return await handle(stored.row, stored, message.file);
        if (stored.verdict.notice) await tellFlooder(stored.row);
        return 'throttled';
      } finally {
        if (mine) receiving.delete(id);
      }
    },
    async resume() {
      const rows = await pendingInbound(deps.db);
      for (const row of rows) if (!receiving.has(row.wechatMessageId)) await handle(row);
      return rows.length;
    },
  };
}
