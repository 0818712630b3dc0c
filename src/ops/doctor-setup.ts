import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ConfigError, type Config } from '../config.js';
import { dirLockHolder } from '../db/dir-lock.js';
import { createOpenAiChatModel } from '../llm/chat-model.js';
import { choosePuppet, PUPPET_SERVICE, WECHAT4U } from '../chat/wechaty/puppet-choice.js';
import { explainProblem, serviceProbe, tcpProbe } from '../chat/wechaty/service-gate.js';
import { fail, ok, skip, type Check } from './doctor-report.js';

/** The checks that need no database: configuration, puppet, the PGlite lock, the model. */

/** `load` is loadConfig (or parseConfig of a test's environment): it throws a ConfigError listing every problem. */
export function checkConfig(load: () => Config): { check: Check; config: Config | null } {
  try {
    const config = load();
    const db = config.DATABASE_URL ? 'PostgreSQL（DATABASE_URL）' : `内置数据库，目录 ${config.DATA_DIR}`;
    return { check: ok('配置', `有效；${db}；时区 ${config.TZ}`), config };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return { check: fail('配置', err.issues.join('；'), '改正 .env 里这些设置（参考 .env.example），改好后再运行 npx gridbot doctor'), config: null };
  }
}

const require = createRequire(import.meta.url);

/** Whether a package can be loaded from this installation. */
export function packageInstalled(name: string): boolean {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch (err) {
    // Installed, but its exports map hides package.json.
    return (err as NodeJS.ErrnoException).code === 'ERR_PACKAGE_PATH_NOT_EXPORTED';
  }
}

/** A server to try, as host and port. */
export type ServerAddress = { host: string; port: number };

/** wechat4u: whether its WeChat server answers (a TCP connection, no login); null = not tried. */
async function checkWechat4u(name: string, server: ServerAddress | null): Promise<Check> {
  if (!server) return ok('微信协议', name);
  const problem = await tcpProbe(server.host, server.port);
  if (!problem) return ok('微信协议', `${name}，微信服务器可以连接`);
  return fail(
    '微信协议',
    `${name}：无法连接微信服务器（${problem.where}${problem.code ? `，${problem.code}` : ''}）`,
    '请检查本机能否上网、DNS 是否正常、防火墙或代理是否放行 *.qq.com；连上之前机器人收不到也发不出消息',
  );
}

/**
 * The puppet is installed and its server answers: puppet-service's service (its token is checked
 * with the configuration), or for wechat4u the WeChat server `wechat4uServer` when one is given.
 */
export async function checkPuppet(config: Config, installed: (name: string) => boolean = packageInstalled, wechat4uServer: ServerAddress | null = null): Promise<Check> {
  const { name, options } = choosePuppet(config);
  if (!installed(name)) return fail('微信协议', `找不到 ${name}（WECHATY_PUPPET）`, `运行 npm install ${name}，或改用默认的 wechaty-puppet-wechat4u`);
  if (name === WECHAT4U) return checkWechat4u(name, wechat4uServer);
  if (name !== PUPPET_SERVICE) return ok('微信协议', name);
  const problem = await serviceProbe(options)();
  if (!problem) return ok('微信协议', `${name}，协议服务可以连接`);
  const { what, advice } = explainProblem(problem);
  return fail('微信协议', `${name}：${what}`, advice);
}

/** The PGlite folder's lock: free, left by a dead process, or held by a running bot. */
export function checkLock(config: Config): { check: Check; held: boolean } {
  if (config.DATABASE_URL) return { check: skip('数据库锁', '使用 PostgreSQL，不需要'), held: false };
  const holder = dirLockHolder(join(config.DATA_DIR, 'pglite'));
  if (!holder) return { check: ok('数据库锁', '没有别的 gridbot 进程在用内置数据库'), held: false };
  const { pid } = holder;
  if (holder.live) {
    const check = fail(
      '数据库锁',
      `内置数据库正被 gridbot 进程（pid ${pid}）使用，下面的数据库检查跳过`,
      `机器人在运行时这是正常的；要检查数据库、备份或恢复，请先停止它（Ctrl+C 或 kill ${pid}）`,
      false,
    );
    return { check, held: true };
  }
  return { check: ok('数据库锁', `上次没有正常退出（pid ${pid ?? '?'} 已不在），下次启动会自动接管`), held: false };
}

/** One short fixed request, nothing from the roster, the ledger or any question. */
export async function checkModel(config: Config, timeoutMs: number): Promise<Check> {
  if (!config.OPENAI_API_KEY) return skip('大模型', '未配置 OPENAI_API_KEY，只用规则和检索回答');
  const model = createOpenAiChatModel({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, model: config.OPENAI_MODEL, timeoutMs });
  const started = Date.now();
  try {
    await model.complete([{ role: 'user', content: '请只回复：好' }]);
    return ok('大模型', `${config.OPENAI_MODEL} 可以连通（${Date.now() - started} 毫秒）`);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return fail('大模型', `${config.OPENAI_MODEL} 连不上：${why.slice(0, 200)}`, '检查 OPENAI_BASE_URL、OPENAI_API_KEY、OPENAI_MODEL 和网络；连不上时机器人仍用检索回答', false);
  }
}
