import { done, refused, type Outcome } from '../admin/index.js';
import type { AppDeps } from '../app-deps.js';
import type { Command } from '../kernel/command.js';
import type { MessageContext } from '../kernel/router.js';
import { answer, IN_GROUP, problemsText } from '../disputes/chat.js';
import { ledgerWorkbook } from './export.js';
import { scopeFromWords } from './scope.js';
import { computeStats, statsText } from './stats.js';
import { loadStatsInput, villageById, type Scope } from './stats-query.js';
import { gridById } from '../roster/grids.js';

const STATS_REFUSAL = '抱歉，#统计 只有管理员和网格长可以用。';
const EXPORT_USAGE = '#台账 导出 [本月|本年|全部] [村名]';

/** A chief's village: their own, or their grid's. */
async function chiefVillage(deps: AppDeps, ctx: MessageContext): Promise<Scope['village']> {
  const viaGrid = ctx.sender.gridId === null ? null : ((await gridById(deps.db, ctx.sender.gridId))?.villageId ?? null);
  return villageById(deps.db, ctx.sender.villageId ?? viaGrid);
}

/** `#统计 [期间] [村]`: admins for the township or any village, chiefs for their own village. */
export async function handleStats(deps: AppDeps, ctx: MessageContext, cmd: Command): Promise<void> {
  const role = ctx.sender.active ? ctx.sender.role : 'resident';
  if (role !== 'admin' && role !== 'chief') return answer(ctx, STATS_REFUSAL);
  const cal = deps.calendar;
  const scope = await scopeFromWords(deps.db, cmd.args, ctx.now, cal, '本年');
  if (!scope.ok) return answer(ctx, problemsText(scope.problems));
  let s: Scope = scope.value;
  if (role === 'chief') {
    const own = await chiefVillage(deps, ctx);
    if (own === null || (s.village && s.village.id !== own.id)) return answer(ctx, '网格长只能查看本村的统计。');
    s = { ...s, village: own };
  }
  const stats = computeStats(await loadStatsInput(deps.db, s, ctx.now, cal));
  deps.log.info({ messageId: ctx.message.id, senderId: ctx.sender.id, period: s.label, villageId: s.village?.id ?? null }, 'stats asked');
  await answer(ctx, statsText(stats));
}

/**
 * `#台账 导出 [本月|本年|全部] [村]`: an admin command (private chat or the admin group, audited);
 * the workbook goes privately to the asking admin.
 */
export async function runLedger(deps: AppDeps, ctx: MessageContext, cmd: Command): Promise<Outcome> {
  const [verb, ...args] = cmd.args;
  if (verb !== '导出') return refused(`请这样写：${EXPORT_USAGE}`);
  const cal = deps.calendar;
  const scope = await scopeFromWords(deps.db, args, ctx.now, cal, '本年');
  if (!scope.ok) return refused(problemsText(scope.problems));
  const book = await ledgerWorkbook(deps.db, scope.value, ctx.now, cal);
  const where = scope.value.village?.name ?? '全镇';
  const name = `矛盾纠纷台账-${where}-${scope.value.label}-${cal.formatDate(ctx.now)}.xlsx`.replace(/[\\/:*?"<>|]/g, '_');
  await ctx.replyFile({ name, base64: book.buffer.toString('base64') });
  deps.log.info({ messageId: ctx.message.id, senderId: ctx.sender.id, rows: book.rows }, 'ledger exported');
  const text = `台账已导出：${where}，${scope.value.label}，共 ${book.rows} 件，文件已私信发送。`;
  return ctx.isPrivate ? done(text) : done(IN_GROUP, { privately: text, audit: text });
}
