import type { AppDeps } from '../app-deps.js';
import type { Config } from '../config.js';
import type { LedgerDeps } from '../ledger/deps.js';

/** What the ledger's chat commands and reminders are built from: the ledger's, the clock, and the follow-up interval. */
export type DisputeDeps = LedgerDeps &
  Pick<AppDeps, 'clock'> & {
    config: Pick<Config, 'DISPUTE_CODE_PREFIX' | 'RETENTION_YEARS' | 'FOLLOWUP_DAYS'>;
  };
