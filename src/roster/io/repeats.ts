import { gridLabel } from '../grid-name.js';
import { roleLabel } from '../roles.js';
import type { RosterRow, RowProblem } from './rows.js';

const where = (r: RosterRow): string => `${r.sheet ? `工作表「${r.sheet}」` : ''}第 ${r.row} 行`;
const placeOf = (r: RosterRow): string => (r.village && r.grid ? gridLabel(r.village, r.grid) : (r.village ?? ''));
const samePlace = (a: RosterRow, b: RosterRow): boolean => a.village === b.village && a.grid === b.grid;
const sameJob = (a: RosterRow, b: RosterRow): boolean => samePlace(a, b) && a.role === b.role;

/**
 * Rows of one file that are the same person, or may be, so that no one is merged into someone else
 * or changed twice by one import:
 * - same name and phone: one person. A row repeated as it was is left out with a note; a second
 *   role or grid for them is refused (the later row), since a person holds one role in one grid.
 * - same name in the same place and a phone missing on either: two people or a row typed twice,
 *   which only the clerk can tell; the later row is refused and asks for the phone.
 * Same name with different phones, or in different places, are different people.
 */
export function findRepeats(rows: readonly RosterRow[]): { keep: RosterRow[]; problems: RowProblem[] } {
  const keep: RosterRow[] = [];
  const problems: RowProblem[] = [];
  for (const r of rows) {
    const earlier = keep.find((k) => k.name === r.name && (k.phone && r.phone ? k.phone === r.phone : samePlace(k, r)));
    if (!earlier) {
      keep.push(r);
      continue;
    }
    const say = (message: string) => problems.push({ sheet: r.sheet, row: r.row, message });
    const job = `${placeOf(earlier)} ${roleLabel(earlier.role)}`.trim();
    if (earlier.phone && r.phone && sameJob(earlier, r)) say(`${r.name} 和${where(earlier)}重复，只导入一次`);
    else if (earlier.phone && r.phone) say(`${r.name}（${r.phone}）在${where(earlier)}已是${job}，一个人只能有一个角色和网格，这一行没有导入`);
    else say(`${r.name} 和${where(earlier)}同名，都在${placeOf(r) || '未填村'}，又没有电话区分：是两个人请填上电话，是同一个人请删掉一行；这一行没有导入`);
  }
  return { keep, problems };
}
