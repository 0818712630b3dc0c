/**
 * The report format as the bot teaches it. Every text here must parse cleanly with the default
 * parser (the tests check it), so what we teach is what we accept.
 */

/** The full weekly template, sent when a report cannot be read. */
export const REPORT_TEMPLATE = [
  '【周报】',
  '网格:上司村三组',
  '排查户数:72',
  '纠纷:2件',
  '1. 类型:邻里;当事人:张某某、李某某;事由:排水沟堵塞引发争吵;状态:已化解;方式:人民调解',
  '2. 类型:山林土地水事;当事人:王某、赵某;事由:承包地界址不清;状态:化解中;风险:扬言上访',
].join('\n');

/** A report with nothing found. */
export const NIL_REPORT_EXAMPLE = '【周报】网格:上司村三组 排查户数:70 本周无矛盾纠纷';

/** The two-line short form the weekly reminder carries. */
export const REMINDER_SHORT_FORM = [
  '无纠纷：网格:上司村三组 排查户数:70 本周无矛盾纠纷',
  '有纠纷：网格:上司村三组 排查户数:72 1. 类型:邻里;当事人:张某、李某;事由:排水沟堵塞;状态:已化解',
].join('\n');

/** What each field accepts, for #帮助 and error replies. */
export const FIELD_HINTS = [
  '类型：家庭婚恋 / 邻里 / 山林土地水事 / 经济 / 其他',
  '状态：待化解 / 化解中 / 已化解 / 已移交（不写算待化解）',
  '风险：命案风险 / 群体性事件 / 扬言上访 / 其他（没有写"无"）',
].join('\n');

/** The daily one-dispute command. */
export const DISPUTE_LINE_TEMPLATE = '#纠纷 类型:邻里 当事人:张某、李某 事由:排水沟堵塞引发争吵 状态:化解中 风险:无';
