import { NIL_REPORT_EXAMPLE, REPORT_TEMPLATE } from './template.js';

/**
 * How the bot teaches the report format: the parser's full template (sent with errors), and the
 * two lines a reminder carries. The reminder's lines keep the 【周报】 header because a worker
 * reminded by @ in the grid group answers there, where a report needs its header.
 */
export const TEMPLATE_EXAMPLE = `${REPORT_TEMPLATE}\n没有纠纷就写：${NIL_REPORT_EXAMPLE}`;

const SAMPLE_GRID = '上司村三组';

/**
 * A teaching text with the worker's own grid in place of the sample one, so a worker of 上司村一组
 * is not told to write 网格:上司村三组. Without a grid of their own the sample stays.
 */
export const withOwnGrid = (text: string, grid: string | null): string => (grid ? text.split(SAMPLE_GRID).join(grid) : text);

/** The two lines a reminder teaches, with the worker's own grid: one report with a dispute, one nil. */
export function twoLineTemplate(grid = SAMPLE_GRID): string {
  return [`有纠纷：【周报】网格:${grid} 排查户数:72 1. 类型:邻里;当事人:张某、李某;事由:排水沟堵塞;状态:已化解`, `无纠纷：${NIL_REPORT_EXAMPLE.replace(SAMPLE_GRID, grid)}`].join(
    '\n',
  );
}
