import type { ReportError } from './types.js';

// Short plain Chinese: what is wrong, then the form to write. Never echo personal details back.
const where = (dispute: number | null): string => (dispute === null ? '纠纷' : `第${dispute}件纠纷`);

const error = (field: string, message: string, dispute: number | null = null): ReportError => ({ dispute, field, message });

export const errors = {
  notAReport: (): ReportError => error('header', '这条消息不是周报。报周报请这样写：【周报】网格:上司村三组 排查户数:72 本周无矛盾纠纷'),
  gridMissing: (): ReportError => error('grid', '缺少"网格"，请写成：网格:上司村三组'),
  householdsMissing: (): ReportError => error('households', '缺少"排查户数"，请写成：排查户数:72'),
  householdsNotNumber: (): ReportError => error('households', '"排查户数"要写具体数字，请写成：排查户数:72'),
  disputesMissing: (): ReportError => error('disputes', '没有写纠纷情况：没有纠纷请写"本周无矛盾纠纷"；有纠纷请逐件写，如：1. 类型:邻里;当事人:张某、李某;事由:排水沟堵塞引发争吵'),
  countMismatch: (stated: number, listed: number): ReportError => error('count', `写了"纠纷:${stated}件"，但列出了${listed}件，请核对件数后重发`),
  nilWithDisputes: (listed: number): ReportError => error('count', `写了"本周无矛盾纠纷"，又列出了${listed}件纠纷，请二选一后重发`),
  categoryMissing: (dispute: number | null): ReportError => error('category', `${where(dispute)}缺少"类型"，请写成：类型:邻里（家庭婚恋/邻里/山林土地水事/经济/其他）`, dispute),
  summaryMissing: (dispute: number | null): ReportError => error('summary', `${where(dispute)}缺少"事由"，请写成：事由:排水沟堵塞引发争吵`, dispute),
  householdsNegative: (): ReportError => error('households', '"排查户数"不能是负数，请写本周实际走访的户数，如：排查户数:72'),
  householdsZeroWithDisputes: (listed: number): ReportError => error('households', `"排查户数"写的是0，却列出了${listed}件纠纷。请写本周实际走访的户数，如：排查户数:72`),
  householdsImplausible: (n: number, max: number): ReportError => error('households', `"排查户数"写的是${n}，一个网格一般不超过${max}户，请核对后重发（如：排查户数:72）`),
  householdsTooMany: (n: number): ReportError => error('households', `"排查户数"写的是${n}，一个网格不会有这么多户，请核对后重发`),
  tooManyDisputes: (listed: number, max: number): ReportError =>
    error('count', `一份周报列了${listed}件纠纷，最多${max}件。请核对；确实更多的，请分几次用 #纠纷 登记或联系镇综治中心`),
  fieldTooLong: (field: 'summary' | 'parties', dispute: number | null, max: number): ReportError =>
    error(field, `${where(dispute)}的"${field === 'summary' ? '事由' : '当事人'}"太长了，请简要写在${max}字以内`, dispute),
  // Said to a report sent in plain words: what was missing, quoting what the worker wrote.
  spokenGridMissing: (quote: string | null): ReportError =>
    error('grid', quote ? `只写了“${quote}”，没写是哪个村，请写村名加组号，如：上司村三组` : '没看出是哪个网格，请写村名加组号，如：上司村三组'),
  spokenHouseholdsMissing: (): ReportError => error('households', '没看出本周走访了多少户，请补上户数，如：走访72户'),
  spokenHouseholdsVague: (quote: string): ReportError => error('households', `“${quote}”不是确数，请写本周走访的具体户数，如：走访72户`),
  spokenCountMismatch: (stated: number, listed: number): ReportError => error('count', `说了纠纷${stated}件，但我只读出${listed}件，请逐件编号，如：1.…… 2.……`),
  spokenCategoryMissing: (dispute: number, quote: string): ReportError =>
    error('category', `第${dispute}件（“${quote}”）没看出是哪类纠纷，请补上，如：第${dispute}件是邻里纠纷（家庭婚恋/邻里/山林土地水事/经济/其他）`, dispute),
  badInput: (): ReportError => error('input', '这一行不是有效的输入，应为一行JSON：{"id":"r1","text":"【周报】…"}'),
};

const errorLine = (e: ReportError, i: number): string => `${i + 1}. ${e.message}`;

// A pasted mess can carry dozens of errors: the first few say enough, and the answer stays short.
const SHOWN_ERRORS = 8;
/** The first few errors, numbered; a pasted mess can carry dozens. */
export const errorLines = (errors: readonly ReportError[]): string[] => [
  ...errors.slice(0, SHOWN_ERRORS).map(errorLine),
  ...(errors.length > SHOWN_ERRORS ? [`……还有${errors.length - SHOWN_ERRORS}处，请一并核对。`] : []),
];

/** A group hears only that something must change; what, privately. */
export const GROUP_ERRORS = '周报格式有几处要改，已私聊告诉您，请在私聊里重发。';
