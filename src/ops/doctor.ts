import { chosenChannels } from '../chat/choice.js';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { checkAdminRoom, checkAdmins, checkLaws, checkMigrations, checkReachable, openConfigured, unreachable } from './doctor-db.js';
import { fail, skip, type Check } from './doctor-report.js';
import { checkConfig, checkLock, checkModel, checkPuppet, packageInstalled, type ServerAddress } from './doctor-setup.js';
import { checkWebhook, checkWecom } from './doctor-wecom.js';

export interface DoctorOptions {
  /** Reads and validates the configuration (loadConfig in the CLI). */
  loadConfig: () => Config;
  /** The LLM check's budget (default 5 s). */
  llmTimeoutMs?: number;
  packageInstalled?: (name: string) => boolean;
  /** The WeChat server wechat4u logs in to (WECHAT4U_SERVER in the CLI); absent = not tried, only the package is checked. */
  wechat4uServer?: ServerAddress | null;
  /** Also post a test line through WECOM_WEBHOOK_URL (`gridbot doctor --webhook`). */
  webhook?: boolean;
  /** How long the WeCom subscribe may take (default 10 s). */
  wecomTimeoutMs?: number;
  /** Opens the configured database without migrating; null when the embedded one does not exist yet. */
  open?: (config: Config) => Promise<Database | null>;
}

const DB_CHECKS = ['数据库结构', '管理群', '管理员', '法规'];

async function databaseChecks(config: Config, open: NonNullable<DoctorOptions['open']>): Promise<Check[]> {
  let database: Database | null;
  try {
    database = await open(config);
  } catch (err) {
    return [unreachable(config.DATABASE_URL ? 'postgres' : 'pglite', err), ...DB_CHECKS.map((n) => skip(n, '连不上数据库，未检查'))];
  }
  if (!database) {
    const none = fail('数据库', `内置数据库还没有建立（${config.DATA_DIR}/pglite）`, '第一次运行 npm start（或 npx gridbot roster import）时会自动建立', false);
    return [none, ...DB_CHECKS.map((n) => skip(n, '数据库还没有建立'))];
  }
  try {
    const reach = await checkReachable(database);
    if (reach.status === 'fail') return [reach, ...DB_CHECKS.map((n) => skip(n, '连不上数据库，未检查'))];
    const db = database.db;
    return [reach, await checkMigrations(db), await checkAdminRoom(db), await checkAdmins(db), await checkLaws(db, config)];
  } finally {
    await database.close().catch(() => {});
  }
}

/**
 * `gridbot doctor`: configuration, puppet, database (reachable, migrated, lock), roster set-up,
 * laws and the model, each as a ✓/✗ line with what is wrong and how to fix it.
 */
export async function runDoctor(o: DoctorOptions): Promise<Check[]> {
  const { check, config } = checkConfig(o.loadConfig);
  if (!config) return [check];
  const channels = chosenChannels(config);
  const checks = [check];
  if (channels.includes('wechat')) checks.push(await checkPuppet(config, o.packageInstalled ?? packageInstalled, o.wechat4uServer ?? null));
  if (channels.includes('wecom')) checks.push(await checkWecom(config, o.wecomTimeoutMs));
  if (o.webhook) checks.push(await checkWebhook(config));
  const lock = checkLock(config);
  checks.push(lock.check);
  if (lock.held) checks.push(...['数据库', ...DB_CHECKS].map((n) => skip(n, '机器人在运行，未检查')));
  else checks.push(...(await databaseChecks(config, o.open ?? openConfigured)));
  checks.push(await checkModel(config, o.llmTimeoutMs ?? 5_000));
  return checks;
}

export { doctorExitCode, doctorText, type Check } from './doctor-report.js';
