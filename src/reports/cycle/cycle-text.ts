import { byVillage, type CycleGrid, type CycleWorker, type Tally } from './cycle.js';
import { twoLineTemplate } from '../../grammar/teach.js';
import { gridLabel } from '../../roster/grid-name.js';
import type { Calendar } from '../../kernel/calendar.js';

/** The messages of the weekly cycle. They name grids and workers, never a dispute. */
const gridName = (g: CycleGrid): string => gridLabel(g.village, g.grid);

/** Friday: the reminder, teaching the format in two lines. */
export function reminderText(worker: CycleWorker, grid: CycleGrid, week: string, deadline: Date, cal: Calendar): string {
  return [
    `【周报提醒】${worker.name}您好，请在${cal.formatLocal(deadline)}前报送${gridName(grid)}${week}的矛盾纠纷排查周报，直接发给我即可：`,
    twoLineTemplate(gridName(grid)),
  ].join('\n');
}

/** Saturday: the chase, to those whose grid has not reported. */
export function chaseText(worker: CycleWorker, grid: CycleGrid, week: string, deadline: Date, cal: Calendar): string {
  return [`【催报】${worker.name}您好，${gridName(grid)}${week}的周报还没收到，截止时间 ${cal.formatLocal(deadline)}，请尽快报送：`, twoLineTemplate(gridName(grid))].join('\n');
}

/** To a chief whose grid's workers are all on leave. */
export function coverText(grids: readonly CycleGrid[], week: string, deadline: Date, cal: Calendar, chase: boolean): string {
  const names = grids.map(gridName).join('、');
  const head = chase ? `【催报】${names}${week}的周报还没收到` : `【周报提醒】${names}的网格员请假`;
  return [`${head}，请您代为报送，截止 ${cal.formatLocal(deadline)}：`, twoLineTemplate(gridName(grids[0]!))].join('\n');
}

const workerNames = (grid: CycleGrid, workers: readonly CycleWorker[]): string =>
  workers
    .filter((w) => w.gridId === grid.gridId)
    .map((w) => w.name)
    .join('、');

/** Sunday evening: to a chief, the grids of theirs still missing. */
export function chiefEscalationText(grids: readonly CycleGrid[], workers: readonly CycleWorker[], week: string): string {
  const lines = grids.map((g) => `  ${gridName(g)}（网格员：${workerNames(g, workers) || '—'}）`);
  return [`【周报缺报】截止时间已过，以下网格${week}的周报还没报送：`, ...lines, '请督促网格员尽快补报。'].join('\n');
}

/** Grids on leave that nobody covers, said to the admin group so they are not lost from sight. */
export function uncoveredLine(t: Tally): string[] {
  if (t.uncovered.length === 0) return [];
  return [`  请假无人代报：${t.uncovered.map(gridName).join('、')}（网格员请假，又没有登记网格长，请安排人代报；不计缺报）`];
}

/** Sunday evening: to the admin group, missing grids by village, and grids on leave nobody covers. */
export function adminEscalationText(t: Tally, week: string): string {
  if (t.missing.length === 0) return [`【周报截止】${week}周报已全部收到（${t.received}/${t.expected}）。`, ...uncoveredLine(t)].join('\n');
  const lines = byVillage(t.missing).map(([village, grids]) => `  ${village}：${grids.map((g) => g.grid).join('、')}`);
  return [`【周报缺报】${week}截止时收到 ${t.received}/${t.expected} 个网格，未报 ${t.missing.length} 个：`, ...lines, ...uncoveredLine(t)].join('\n');
}
