import type { ReportError } from './types.js';

// Short plain Chinese: what is wrong, then the form to write. Never echo personal details back.
const where = (dispute: number | null): string => (dispute === null ? '纠纷' : `第${dispute}件纠纷`);

const error = (field: string, message: string, dispute: number | null = null): ReportError => ({ dispute, field, message });

export const errors = {
  notAReport: (): ReportError =>
    error('header', '这条消息不是周报。报周报请这样写：【周报】网格:上司村三组 排查户数:72 本周无矛盾纠纷'),
  gridMissing: (): ReportError => error('grid', '缺少"网格"，请写成：网格:上司村三组'),
  householdsMissing: (): ReportError => error('households', '缺少"排查户数"，请写成：排查户数:72'),
  householdsNotNumber: (): ReportError => error('households', '"排查户数"要写具体数字，请写成：排查户数:72'),
  disputesMissing: (): ReportError =>
    error('disputes', '没有写纠纷情况：没有纠纷请写"本周无矛盾纠纷"；有纠纷请逐件写，如：1. 类型:邻里;当事人:张某、李某;事由:排水沟堵塞引发争吵'),
  countMismatch: (stated: number, listed: number): ReportError =>
    error('count', `写了"纠纷:${stated}件"，但列出了${listed}件，请核对件数后重发`),
  nilWithDisputes: (listed: number): ReportError =>
    error('count', `写了"本周无矛盾纠纷"，又列出了${listed}件纠纷，请二选一后重发`),
  categoryMissing: (dispute: number | null): ReportError =>
    error('category', `${where(dispute)}缺少"类型"，请写成：类型:邻里（家庭婚恋/邻里/山林土地水事/经济/其他）`, dispute),
  summaryMissing: (dispute: number | null): ReportError =>
    error('summary', `${where(dispute)}缺少"事由"，请写成：事由:排水沟堵塞引发争吵`, dispute),
  badInput: (): ReportError =>
    error('input', '这一行不是有效的输入，应为一行JSON：{"id":"r1","text":"【周报】…"}'),
};
