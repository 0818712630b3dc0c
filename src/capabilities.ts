import type { AppDeps } from './app-deps.js';
import type { Route } from './kernel/router.js';
import type { OutboxRow } from './outbox/claim.js';
import type { JobSource } from './scheduler/runtime.js';
import { adminRoutes } from './admin/index.js';
import { broadcastJobs, broadcastRoutes } from './broadcast/index.js';
import { disputeJobs, disputeRoutes } from './disputes/index.js';
import { digestJobs, summaryRoutes } from './summary/index.js';
import { privacyJobs } from './privacy/index.js';
import { lawqaRoutes, watchNotes } from './lawqa/index.js';
import { mentionInstead, reportJobs, reportRoutes } from './reports/index.js';

export interface Capabilities {
  /** In order: first match wins. */
  routes: Route[];
  fallback: Route;
  jobs: JobSource[];
  /** The sender gave up on a row: a capability may reach the person another way. */
  gaveUp(row: OutboxRow): Promise<void>;
}

export interface CapabilityHooks {
  /** An admin changed a schedule or the weekly times: re-read them. */
  reloadSchedules(): Promise<void>;
}

// Ledger notes staff write about a case: read for danger after they are saved.
const NOTE_ROUTES: ReadonlySet<string> = new Set(['#进展', '#回访', '#交办']);

const HINT = '您好！发送"#帮助"可以看看我能做什么。';

/** Group chatter not addressed to the bot is stored and left alone. */
const fallback: Route = {
  name: 'ignore',
  match: () => true,
  async handle(ctx) {
    if (ctx.isPrivate) await ctx.reply(HINT);
  },
};

/** Every capability registers its rows here; the router knows none of them by name. */
export function createCapabilities(deps: AppDeps, hooks: CapabilityHooks): Capabilities {
  return {
    routes: [
      ...adminRoutes(deps),
      // Reports come before the ledger: a worker's private report-like message is a report.
      ...reportRoutes(deps, { onSettingsChanged: hooks.reloadSchedules, chatModel: deps.chatModel ?? null }),
      ...disputeRoutes(deps),
      ...summaryRoutes(deps),
      ...broadcastRoutes(deps, hooks),
      // Last: the Q&A takes the private messages no route above wanted, and @bot in groups.
      ...lawqaRoutes(deps),
    ].map(watchNotes(deps, NOTE_ROUTES)),
    fallback,
    jobs: [reportJobs(deps), digestJobs(deps), disputeJobs(deps), broadcastJobs(deps), privacyJobs(deps)],
    gaveUp: (row) => mentionInstead(deps, row),
  };
}
