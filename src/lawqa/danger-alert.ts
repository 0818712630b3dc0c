import { adminGroup, memberGridInfo, membersByRole, workersOfGrid } from '../roster/index.js';
import type { AppDeps } from '../app-deps.js';
import type { MessageContext } from '../kernel/router.js';
import type { Member } from '../db/types.js';
import type { Danger, DangerKind } from './guard.js';

// What happened, in the centre's words: the admin group reads this, never the message itself,
// which may name neighbours, relatives or their injuries.
const WHAT: Record<DangerKind, string> = {
  'violence-now': '有人正在动手打人',
  'weapon-threat': '有人扬言杀人或持刀威胁',
  'arson-poison-threat': '有人扬言放火、投毒或爆炸',
  'self-harm': '可能有轻生念头或已经自伤',
  detention: '有人被关押、扣住不让走',
  'child-danger': '孩子走失、被带走或正在受到伤害',
  'stalking-assault': '有人被尾随、猥亵或堵门',
  'crowd-clash': '可能有人聚集堵路、械斗',
  'protection-order-breach': '有人违反人身安全保护令找上门',
  'home-emergency': '家里着火、煤气、洪水或触电等险情',
  'other-emergency': '中毒、受伤、山火或醉驾等紧急情况',
};

export interface DangerAlertFacts {
  asker: string;
  phone: string | null;
  place: string | null;
  /** 群「…」 or 私聊. */
  where: string;
  kind: DangerKind;
  at: string;
  /** What the sender was already told, or that the bot stayed quiet in the group. */
  told: string;
  /** The rules found nothing; the model's second opinion raised this alarm. */
  byModel?: boolean;
}

const BY_MODEL = '（规则没有认出，是大模型判断的危险，请尽快核实。）';

/** The alert for the admin group: who, where, when, what kind of danger; never the words. */
export function dangerAlertText(f: DangerAlertFacts): string {
  return [
    '【紧急求助】收到危险情况',
    `发送人：${f.asker}${f.phone ? `（电话 ${f.phone}）` : ''}`,
    `所在网格：${f.place ?? '未登记'}`,
    `位置：${f.where}`,
    `时间：${f.at}`,
    `情况：${WHAT[f.kind]}${f.byModel ? BY_MODEL : ''}`,
    `${f.told}请马上联系本人核实，必要时报警或安排人员到场。`,
  ].join('\n');
}

/** The private alert to the grid's worker and each admin: the same, with the message itself. */
export function dangerDirectText(f: DangerAlertFacts, message: string): string {
  return `${dangerAlertText(f)}\n原话：${message}`;
}

/**
 * Tells the township centre and the grid's worker at once (alert priority): the admin group gets
 * the facts without the words; the grid's workers and every admin get them privately with the
 * message. One alert per message however often it is redelivered.
 */
export async function alertDanger(deps: AppDeps, ctx: MessageContext, danger: Danger, told: string): Promise<void> {
  const place = await memberGridInfo(deps.db, ctx.sender.id);
  const facts: DangerAlertFacts = {
    asker: ctx.sender.name,
    phone: ctx.sender.phone,
    place: place?.village ? `${place.village}${place.grid ?? ''}` : null,
    where: ctx.roomRef ? `群「${ctx.roomRef.topic}」` : '私聊',
    kind: danger.kind,
    at: deps.calendar.formatLocal(ctx.now),
    told,
    byModel: danger.by === 'model',
  };
  const key = `lawqa-danger:${ctx.message.id}`;
  const room = await adminGroup(deps.db);
  if (room) await deps.outbox.enqueue({ purpose: 'lawqa-danger', priority: 'alert', to: { room: room.id }, text: dangerAlertText(facts), key: `${key}:room:${room.id}` });
  const direct = dangerDirectText(facts, ctx.text);
  for (const m of await whoIsTold(deps, ctx.room?.gridId ?? place?.gridId ?? null, ctx.sender.id)) {
    await deps.outbox.enqueue({ purpose: 'lawqa-danger', priority: 'alert', to: { member: m.id }, text: direct, key: `${key}:member:${m.id}` });
  }
  deps.log.warn({ messageId: ctx.message.id, memberId: ctx.sender.id, kind: danger.kind, by: danger.by }, 'danger alert queued');
}

/** The grid's workers and every admin, once each, never the sender. */
async function whoIsTold(deps: AppDeps, gridId: number | null, senderId: number): Promise<Member[]> {
  const workers = gridId === null ? [] : await workersOfGrid(deps.db, gridId);
  const admins = await membersByRole(deps.db, 'admin');
  const seen = new Set<number>([senderId]);
  return [...workers, ...admins].filter((m) => !seen.has(m.id) && seen.add(m.id));
}
