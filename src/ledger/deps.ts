import type { AppDeps } from '../app-deps.js';
import type { Config } from '../config.js';

/**
 * What the ledger is built from: the database, the outbox (for the centre's risk alert), the log,
 * the calendar, and the two settings it reads. Narrower than AppDeps so that a change elsewhere in
 * the app's configuration cannot reach the ledger unseen.
 */
export type LedgerDeps = Pick<AppDeps, 'db' | 'outbox' | 'log' | 'calendar'> & {
  config: Pick<Config, 'DISPUTE_CODE_PREFIX' | 'RETENTION_YEARS'>;
};
