import { AppError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import type { Database } from './client.js';
import { isDatabaseUnavailable, rootCauseText } from './errors.js';

const FIRST_WAIT_MS = 5_000;
const LONGEST_WAIT_MS = 60_000;
const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Migrates, waiting for a database that is down or unreachable at start (a server still booting, a
 * cable out) on a growing back-off, as the bot already does when it goes down later: one Chinese
 * line when it starts waiting, one when it is back. Any other failure (a wrong password, no such
 * database) ends the start with one line saying what to check.
 */
export async function migrateWhenReachable(database: Database, log: Logger, sleep = sleepMs): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await database.migrate();
      if (attempt > 0) log.info({ event: 'db_reachable', attempts: attempt + 1 }, '数据库连上了，继续启动');
      return;
    } catch (err) {
      if (!isDatabaseUnavailable(err)) {
        throw new AppError('DB_START', `数据库打不开（${rootCauseText(err)}）：请检查 DATABASE_URL 里的用户名、密码和库名，以及这个用户能否建表`, { cause: err });
      }
      const ms = Math.min(FIRST_WAIT_MS * 2 ** attempt, LONGEST_WAIT_MS);
      if (attempt === 0) {
        log.warn(
          { event: 'db_unreachable', cause: rootCauseText(err) },
          `连不上数据库（${rootCauseText(err)}）：请检查 PostgreSQL 是否在运行、DATABASE_URL 的主机和端口是否写对。程序会自动重试，连上后继续启动`,
        );
      } else log.debug({ event: 'db_unreachable', attempt, waitMs: ms }, 'database still unreachable');
      await sleep(ms);
    }
  }
}
