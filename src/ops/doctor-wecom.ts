import { probeWecom } from '../chat/wecom/probe.js';
import type { Config } from '../config.js';
import { fail, ok, type Check } from './doctor-report.js';

const NAME = '企业微信机器人';

/** Subscribes with WECOM_BOT_ID / WECOM_BOT_SECRET and says what WeCom answered. */
export async function checkWecom(config: Config, timeoutMs = 10_000): Promise<Check> {
  const where = config.WECOM_WS_URL ?? '企业微信官方长连接地址';
  const result = await probeWecom({ botId: config.WECOM_BOT_ID!, secret: config.WECOM_BOT_SECRET!, ...(config.WECOM_WS_URL ? { wsUrl: config.WECOM_WS_URL } : {}) }, timeoutMs);
  if (result.ok) return ok(NAME, `长连接订阅成功（${where}）`);
  if (result.why === 'refused') {
    return fail(NAME, `企业微信拒绝了订阅：${result.detail}`, '在企业微信管理后台核对智能机器人的 Bot ID 和 Secret（API 模式选“长连接”），重新复制到 WECOM_BOT_ID / WECOM_BOT_SECRET');
  }
  return fail(NAME, `连不上 ${where}：${result.detail}`, '检查本机能否上网、防火墙是否放行；私有部署或政务微信请把地址填在 WECOM_WS_URL');
}
