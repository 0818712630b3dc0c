import type { Target } from '../chat/port.js';
import { formatLocal } from '../kernel/time.js';

/** What a row is for, in words an admin reads; unknown purposes show their code. Extend freely. */
const PURPOSE_WORDS: Record<string, string> = {
  reply: '回复',
  'reply-file': '回复文件',
  post: '普法推送',
  broadcast: '普法推送',
  'report-remind': '周报提醒',
  'risk-alert': '风险预警',
  alert: '管理提醒',
  digest: '每日汇总',
};

export const purposeWord = (purpose: string): string => PURPOSE_WORDS[purpose] ?? purpose;

/** `群 #12` / `成员 #5`: ids only, no names, when nothing better is known. */
export const targetById = (t: Target): string => `${t.kind === 'room' ? '群' : '成员'} #${t.id}`;

export interface UncertainItem {
  purpose: string;
  target: string;
  sendingAt: Date | null;
}

/** One message listing sends of unknown fate: purpose, target and time, never content. */
export function uncertainText(items: UncertainItem[], reason: 'crash' | 'timeout', tz: string): string {
  const head = reason === 'crash' ? '在发送时程序中断' : '发送超时';
  const lines = items.map((it, i) => {
    const when = it.sendingAt ? `（${formatLocal(it.sendingAt, tz)}）` : '';
    return `${i + 1}. ${purposeWord(it.purpose)} → ${it.target}${when}`;
  });
  return [`以下 ${items.length} 条消息${head}，不确定是否已发出，请人工核对：`, ...lines].join('\n');
}

export function failedText(purpose: string, target: string, attempts: number, error: string): string {
  return `消息发送失败（已尝试 ${attempts} 次）：${purposeWord(purpose)} → ${target}。错误：${error}。请检查微信登录状态，或该群/该人是否还能联系到。`;
}

export function pausedText(until: Date, pauseMs: number, error: string, tz: string): string {
  const minutes = Math.round(pauseMs / 60_000);
  return `微信发送疑似受限（${error}），已暂停定时推送 ${minutes} 分钟，${formatLocal(until, tz)} 后恢复；预警和回复仍会尝试发送。若再次受限，暂停时间加倍。`;
}

export function heldText(target: string, until: Date, error: string, tz: string): string {
  return `发给 ${target} 的消息被企业微信拒收（${error}），这个会话的定时推送暂停到 ${formatLocal(until, tz)}，之后自动补发；其他会话、预警和回复照常。若常出现，请在企业微信后台核实推送额度，或调大 WECOM_QUOTA_PAUSE_MINUTES。`;
}
