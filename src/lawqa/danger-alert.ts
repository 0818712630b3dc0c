import { memberGridInfo } from '../admin/index.js';
import type { AppDeps } from '../app-deps.js';
import type { MessageContext } from '../core/router.js';
import { notifyAdmins } from '../outbox/admins.js';
import type { Danger, DangerKind } from './guard.js';

// What the alert says happened: the kind of danger, never the message itself, which may name
// neighbours, relatives or their injuries (the asker can be called back for the details).
const WHAT: Record<DangerKind, string> = {
  violence: '有人正在动手打人',
  threat: '有人扬言杀人或持刀威胁',
  selfHarm: '可能有轻生念头',
  child: '孩子正在受到伤害',
  crowd: '可能有人聚集堵路、械斗',
};

export interface DangerAlertFacts {
  asker: string;
  phone: string | null;
  place: string | null;
  /** 群「…」 or 私聊. */
  where: string;
  kind: DangerKind;
}

/** The alert for the admin group: who asked, where, what kind of danger, what was already said. */
export function dangerAlertText(f: DangerAlertFacts): string {
  return [
    '【紧急求助】法律问答收到危险情况',
    `提问人：${f.asker}${f.phone ? `（电话 ${f.phone}）` : ''}`,
    `所在网格：${f.place ?? '未登记'}`,
    `提问位置：${f.where}`,
    `情况：${WHAT[f.kind]}`,
    '已提示其立即拨打110。请马上联系本人核实，必要时报警或安排人员到场。',
  ].join('\n');
}

/** Tells the township centre at once (alert priority); one alert per message however often it is redelivered. */
export async function alertDanger(deps: AppDeps, ctx: MessageContext, danger: Danger): Promise<void> {
  const place = await memberGridInfo(deps.db, ctx.sender.id);
  const text = dangerAlertText({
    asker: ctx.sender.name,
    phone: ctx.sender.phone,
    place: place?.village ? `${place.village}${place.grid ?? ''}` : null,
    where: ctx.roomRef ? `群「${ctx.roomRef.topic}」` : '私聊',
    kind: danger.kind,
  });
  await notifyAdmins(deps.db, deps.outbox, { purpose: 'lawqa-danger', priority: 'alert', text, key: `lawqa-danger:${ctx.message.id}` });
  deps.log.warn({ messageId: ctx.message.id, memberId: ctx.sender.id, kind: danger.kind }, 'legal Q&A danger alert queued');
}
