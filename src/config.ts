import { existsSync } from 'node:fs';
import { z } from 'zod';
import { isValidTimeZone } from './kernel/time.js';
import { PUPPET_SERVICE } from './chat/wechaty/puppet-names.js';

const int = (dflt: number, min = 0) => {
  const accepts = `应为不小于 ${min} 的整数`;
  return z.coerce.number(accepts).int(accepts).min(min, accepts).default(dflt);
};
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const optionalText = z.string().trim().min(1).optional();

/** Every setting the bot reads from the environment, validated once at start. */
const schema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, '应为 postgres://用户:密码@主机:端口/库名')
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    TZ: z.string().default('Asia/Shanghai').refine(isValidTimeZone, '应为时区名，如 Asia/Shanghai'),
    LOG_LEVEL: z.enum(LOG_LEVELS, `应为 ${LOG_LEVELS.join('、')} 之一（平常用 info）`).default('info'),
    /** Console lines: `auto` (readable on a terminal, JSON when piped or redirected), `json`, `text`. */
    LOG_FORMAT: z.enum(['auto', 'json', 'text'], '应为 auto（默认：终端上是中文，重定向到文件时是 JSON）、json 或 text 之一').default('auto'),
    INSTANCE_NAME: z.string().min(1).default('gridbot'),
    /** Unset: wechat4u when no WeCom bot is configured, no Wechaty at all when one is. */
    WECHATY_PUPPET: z.string().min(1).optional(),
    WECHATY_PUPPET_SERVICE_TOKEN: optionalText,
    WECHATY_PUPPET_SERVICE_ENDPOINT: optionalText,
    WECOM_BOT_ID: optionalText,
    WECOM_BOT_SECRET: optionalText,
    WECOM_WS_URL: z
      .string()
      .regex(/^wss?:\/\/.+/, '应为 wss:// 开头的长连接地址（私有部署或政务微信提供）(expected a ws:// or wss:// URL)')
      .optional(),
    /** How long a WeCom conversation whose push quota is full is left alone. */
    WECOM_QUOTA_PAUSE_MINUTES: int(60, 1),
    WECOM_WEBHOOK_URL: z
      .string()
      .regex(/^https?:\/\/.+/, '应为群机器人的 Webhook 地址，如 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=… (expected a URL)')
      .optional(),
    OPENAI_API_KEY: optionalText,
    OPENAI_BASE_URL: z.string().url('应为完整网址，如 https://api.deepseek.com').optional(),
    OPENAI_MODEL: z.string().min(1).default('deepseek-chat'),
    LLM_TIMEOUT_MS: int(20_000, 1000),
    LAWS_DIR: optionalText,
    /** A copy of the statutes on the office network, for `gridbot laws fetch` (docs/laws.md). */
    LAWS_MIRROR_URL: z.string().trim().refine(isWebAddress, '应为 http:// 或 https:// 开头的网址，如 http://192.168.1.10/laws/').optional(),
    SEND_INTERVAL_MS: int(3_000),
    SEND_ROOM_INTERVAL_MS: int(10_000),
    SEND_JITTER_MS: int(2_000),
    SEND_DAILY_BUDGET: int(800, 1),
    SEND_MAX_CHARS: int(1_500, 100),
    DISPUTE_CODE_PREFIX: z
      .string()
      .regex(/^[A-Z]{1,6}$/, '应为 1-6 个大写字母，如 SS')
      .default('SS'),
    FOLLOWUP_DAYS: int(7, 1),
    QA_HOURLY_LIMIT: int(10, 1),
    /** Messages one sender may send in a minute before the rest are stored unhandled (0 = no limit). */
    FLOOD_PER_MINUTE: int(20, 0),
    SCHEDULE_GRACE_MINUTES: int(120),
    RETENTION_YEARS: int(3, 1),
  })
  .superRefine(checkServiceToken)
  .superRefine(checkWecomPair);

/** The WeCom bot needs both halves of its credentials; one alone is a typo, not a choice. */
function checkWecomPair(c: { WECOM_BOT_ID?: string | undefined; WECOM_BOT_SECRET?: string | undefined }, ctx: z.RefinementCtx): void {
  if (c.WECOM_BOT_SECRET && !c.WECOM_BOT_ID) {
    ctx.addIssue({ code: 'custom', path: ['WECOM_BOT_ID'], message: '填了 WECOM_BOT_SECRET 却没有 WECOM_BOT_ID：两个都从企业微信管理后台的智能机器人页面复制 (both are needed)' });
  } else if (c.WECOM_BOT_ID && !c.WECOM_BOT_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['WECOM_BOT_SECRET'],
      message: '填了 WECOM_BOT_ID 却没有 WECOM_BOT_SECRET：两个都从企业微信管理后台的智能机器人页面复制 (both are needed)',
    });
  }
}

/** An http(s) URL: what a statute mirror (LAWS_MIRROR_URL, `laws fetch --from`) must be. */
export function isWebAddress(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/**
 * puppet-service cannot start without a token, nor with one lacking the provider prefix it takes the
 * TLS server name from (puppet_workpro_…): say so before starting rather than after a failed login.
 */
function checkServiceToken(c: { WECHATY_PUPPET?: string | undefined; WECHATY_PUPPET_SERVICE_TOKEN?: string | undefined }, ctx: z.RefinementCtx): void {
  const token = c.WECHATY_PUPPET_SERVICE_TOKEN;
  const path = ['WECHATY_PUPPET_SERVICE_TOKEN'];
  if (c.WECHATY_PUPPET === PUPPET_SERVICE && !token) {
    ctx.addIssue({ code: 'custom', path, message: 'wechaty-puppet-service 需要协议服务商提供的 token' });
  } else if (token && !/^[^_\s]+(_[^_\s]+)*_[^_\s]+$/.test(token)) {
    ctx.addIssue({ code: 'custom', path, message: '应为服务商给的完整 token，带前缀，如 puppet_workpro_xxxx' });
  }
}

export type Config = z.infer<typeof schema>;

/** Every problem, one per line (a single one on the heading's line), in Chinese. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.length === 1 ? `配置有误：${issues[0]}` : `配置有误（改 .env 或环境变量后再运行）：\n${issues.map((i) => `  - ${i}`).join('\n')}`);
  }
}

// Values not echoed back: they may hold a password or a token.
const SECRET = /TOKEN|KEY|DATABASE_URL/;

/** "SEND_DAILY_BUDGET: 填的是“lots”，应为不小于 1 的整数": the variable, what it got, what it takes. */
function describeIssue(issue: z.core.$ZodIssue, input: Record<string, string>): string {
  const key = issue.path.join('.');
  const value = input[key];
  // Unset, or a secret: the message alone says what is needed.
  return value === undefined || SECRET.test(key) ? `${key}: ${issue.message}` : `${key}: 填的是“${value}”，${issue.message}`;
}

/** Empty strings in .env files mean "not set". */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

/** Parses the environment; every bad variable is reported together. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const input = withoutEmpty(env);
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map((i) => describeIssue(i, input)));
}

/** Reads `.env` (when present) into process.env, then validates. The only reader of process.env. */
export function loadConfig(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}
