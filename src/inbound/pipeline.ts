import type { AppDeps } from '../app-deps.js';
import type { Member, Room } from '../db/types.js';
import type { InboundMessage } from '../core/types.js';
import type { MessageContext, Route } from '../core/router.js';
import { buildContext } from './context.js';
import { claimInbound, finishInbound, pendingInbound, storeInbound, type StoredRow } from './store.js';

/** WeChat replays recent history at login; anything older than this before login is not new. */
const HISTORY_SLACK_MS = 2 * 60_000;
const APOLOGY = '抱歉，刚才处理您的消息时出了点问题，已记录下来，管理员会跟进。';

export interface Identified {
  sender: Member;
  room: Room | null;
}

export interface PipelineDeps extends AppDeps {
  instanceId: string;
  route(ctx: MessageContext): Route;
  /** Finds (or creates) the member and bound room behind a stored message. */
  identify(row: StoredRow): Promise<Identified>;
  loginAt(): Date | null;
}

export interface Pipeline {
  /** Stores, then handles. Returns what happened, for tests and benchmarks. */
  receive(message: InboundMessage): Promise<'handled' | 'failed' | 'duplicate' | 'history' | 'elsewhere'>;
  /** Handles messages a crash left unhandled. */
  resume(): Promise<number>;
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  const isHistory = (m: InboundMessage) => {
    const login = deps.loginAt();
    return login !== null && m.sentAt.getTime() < login.getTime() - HISTORY_SLACK_MS;
  };

  async function handle(row: StoredRow): Promise<'handled' | 'failed' | 'elsewhere'> {
    if (!(await claimInbound(deps.db, row.id, deps.instanceId, deps.clock.now()))) return 'elsewhere';
    let routeName = 'unrouted';
    let ctx: MessageContext | null = null;
    try {
      const { sender, room } = await deps.identify(row);
      ctx = buildContext(deps, row, sender, room);
      const route = deps.route(ctx);
      routeName = route.name;
      await route.handle(ctx);
      await finishInbound(deps.db, row.id, deps.clock.now(), { route: routeName });
      return 'handled';
    } catch (err) {
      const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      deps.log.error({ messageId: row.id, route: routeName, err: error }, 'handler failed');
      await finishInbound(deps.db, row.id, deps.clock.now(), { route: routeName, error });
      await ctx?.replyPrivately(APOLOGY).catch(() => {});
      return 'failed';
    }
  }

  return {
    async receive(message) {
      const history = isHistory(message);
      const row = await storeInbound(deps.db, message, deps.clock.now(), history ? 'ignored' : 'pending');
      if (!row) return 'duplicate';
      if (history) return 'history';
      return handle(row);
    },
    async resume() {
      const rows = await pendingInbound(deps.db);
      for (const row of rows) await handle(row);
      return rows.length;
    },
  };
}
