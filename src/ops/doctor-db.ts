import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import { openDatabase, type Database, type Db } from '../db/client.js';
import { adminGroupTopic } from '../roster/admin-group.js';
import { fail, ok, skip, type Check } from './doctor-report.js';
import { migrationStatus } from './migrations.js';
import type { Queryable } from '../db/raw.js';
import { countOf, tableExists } from './sql.js';
import { EMPTY_LIBRARY_LINE } from '../lawqa/index.js';

const CONNECT_TIMEOUT_MS = 5_000;

/** Opens the configured database without migrating it (doctor looks, it does not change). */
export async function openConfigured(config: Config): Promise<Database | null> {
  if (!config.DATABASE_URL && !existsSync(join(config.DATA_DIR, 'pglite', 'PG_VERSION'))) return null;
  return openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
}

const within = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${ms / 1000} 秒内没有响应`)), ms).unref())]);

export async function checkReachable(database: Database): Promise<Check> {
  try {
    await within(database.db.execute(sql`select 1`), CONNECT_TIMEOUT_MS);
    return ok('数据库', database.kind === 'postgres' ? 'PostgreSQL 可以连接' : '内置数据库可以打开');
  } catch (err) {
    return unreachable(database.kind, err);
  }
}

export function unreachable(kind: Database['kind'], err: unknown): Check {
  const why = err instanceof Error ? err.message.split('\n')[0]! : String(err);
  const fix =
    kind === 'postgres'
      ? '检查 DATABASE_URL（用户、密码、主机、端口、库名）以及 PostgreSQL 服务是否已启动'
      : '检查 DATA_DIR 目录是否存在、可写；数据目录损坏时用 npx gridbot restore 备份文件 恢复';
  return fail('数据库', `连不上：${why.slice(0, 200)}`, fix);
}

export async function checkMigrations(db: Queryable): Promise<Check> {
  const s = await migrationStatus(db);
  if (s.unknown > 0) {
    return fail('数据库结构', `数据库里有 ${s.unknown} 个本程序不认识的迁移，数据库比程序新`, '把 gridbot 升级到与数据库相同或更新的版本');
  }
  if (s.changed.length) {
    return fail('数据库结构', `已执行的迁移文件被改过：${s.changed.join('、')}`, '恢复这些迁移文件的原样（git checkout drizzle/），不要改已发布的迁移', false);
  }
  if (s.pending.length) {
    return fail('数据库结构', `还有 ${s.pending.length} 个迁移没有执行：${s.pending.join('、')}`, '运行 npm start，启动时会自动执行', false);
  }
  return ok('数据库结构', `迁移已全部执行（${s.appliedCount} 个）`);
}

export async function checkAdminRoom(db: Db): Promise<Check> {
  if (!(await tableExists(db, 'rooms'))) return skip('管理群', '数据库结构还没建好');
  const topic = await adminGroupTopic(db);
  if (topic !== null) return ok('管理群', `已绑定“${topic}”`);
  return fail('管理群', '还没有绑定管理群，告警只能私聊发给管理员', '管理员在综治中心工作群里发：#绑定 本群 管理群', false);
}

export async function checkAdmins(db: Queryable): Promise<Check> {
  if (!(await tableExists(db, 'members'))) return skip('管理员', '数据库结构还没建好');
  const n = await countOf(db, sql`select count(*) as n from members where role = 'admin' and active`);
  if (n > 0) return ok('管理员', `${n} 人`);
  return fail('管理员', '还没有管理员，没人能用管理命令', '运行 npx gridbot admin invite，把邀请码交给管理员，让他私聊机器人发：#认领 邀请码', false);
}

export async function checkLaws(db: Queryable, config: Config): Promise<Check> {
  if (!(await tableExists(db, 'laws'))) return skip('法规', '本版本还没有法规表');
  const laws = await countOf(db, sql`select count(*) as n from laws`);
  const articles = (await tableExists(db, 'law_articles')) ? await countOf(db, sql`select count(*) as n from law_articles`) : 0;
  if (laws > 0 && articles > 0) return ok('法规', `已导入 ${laws} 部，${articles} 条`);
  // Never "the Q&A still answers": without statutes it can only say the library is empty.
  const fix = config.LAWS_DIR
    ? `已设置 LAWS_DIR=${config.LAWS_DIR}，下次启动会自动导入；现在就导入：npx gridbot laws import ${config.LAWS_DIR}`
    : '导入后再运行 npx gridbot doctor 核对；连不上外网时的办法见 docs/laws.md';
  return fail('法规', EMPTY_LIBRARY_LINE, fix, false);
}
