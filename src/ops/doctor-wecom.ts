import { probeWecom } from '../chat/wecom/probe.js';
import { createWebhook } from '../chat/wecom/webhook.js';
import { realClock, type Clock } from '../kernel/clock.js';
import { formatLocal } from '../kernel/time.js';
import type { Config } from '../config.js';
import { fail, ok, type Check } from './doctor-report.js';

const NAME = '企业微信机器人';

/** Subscribes with WECOM_BOT_ID / WECOM_BOT_SECRET and says what WeCom answered. */
export async function checkWecom(config: Config, timeoutMs = 10_000): Promise<Check> {
  const where = config.WECOM_WS_URL ?? '企业微信官方长连接地址';
  const result = await probeWecom({ botId: config.WECOM_BOT_ID!, secret: config.WECOM_BOT_SECRET!, ...(config.WECOM_WS_URL ? { wsUrl: config.WECOM_WS_URL } : {}) }, timeoutMs);
  if (result.ok) return ok(NAME, `长连接订阅成功（${where}）`);
  if (result.why === 'refused') {
    return fail(
      NAME,
      `企业微信拒绝了订阅：${result.detail}`,
      '在企业微信管理后台核对智能机器人的 Bot ID 和 Secret（API 模式选“长连接”），重新复制到 WECOM_BOT_ID / WECOM_BOT_SECRET',
    );
  }
  return fail(NAME, `连不上 ${where}：${result.detail}`, '检查本机能否上网、防火墙是否放行；私有部署或政务微信请把地址填在 WECOM_WS_URL');
}

/** `gridbot doctor --webhook`: posts one test line through WECOM_WEBHOOK_URL. */
export async function checkWebhook(config: Config, clock: Clock = realClock()): Promise<Check> {
  const name = '群机器人 Webhook';
  if (!config.WECOM_WEBHOOK_URL) return fail(name, '没有配置 WECOM_WEBHOOK_URL', '在综治中心的企业微信群里添加群机器人，复制它的 Webhook 地址填到 WECOM_WEBHOOK_URL', false);
  try {
    await createWebhook(config.WECOM_WEBHOOK_URL, clock).post(`gridbot 测试消息：群机器人 Webhook 可用（${formatLocal(clock.now(), config.TZ)}）`);
    return ok(name, '测试消息已发出，请到群里确认收到');
  } catch (err) {
    return fail(name, err instanceof Error ? err.message : String(err), '核对 Webhook 地址（含 key）是否完整、群机器人是否还在群里', false);
  }
}
