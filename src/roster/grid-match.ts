import { compactName, gridLabel, splitGridName, type GridName } from './grid-name.js';

/** A grid read from what an admin typed: one already on the roster, a new one to create, or why not. */
export type GridMatch = { ok: true; value: GridName; known: boolean } | { ok: false; message: string };

// On a phone people add a trailing 网格 (上司村三组网格) or leave words out: 上司三组 (村 left out),
// 三组 (the village obvious to them). Such short forms are read only against grids that exist, so a
// slip never creates a second grid beside the real one.
const TRAILING_WORDS = /(?:网格|片区)$/u;
const VILLAGE_SUFFIX = /(?:村|社区|居委会)$/u;
/** A village name without its 村/社区, kept only when two characters or more remain (上司村 → 上司). */
const stemOf = (village: string): string | null => {
  const stem = village.replace(VILLAGE_SUFFIX, '');
  return stem !== village && stem.length >= 2 ? stem : null;
};

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/**
 * The grid meant by `words` (['上司村三组'], ['上司村', '三组'], ['三组'], ['上司三组']), among `known`.
 * Tried in order, each on the words as typed and without a trailing 网格: the whole name, the village
 * without 村, the grid alone; two matches at one step are refused with both named. When nothing on the
 * roster matches, the words name a new grid: '上司村四组', or village and grid given apart.
 */
export function matchGridWords(words: readonly string[], known: readonly GridName[]): GridMatch {
  const typed = words.map(compactName).filter(Boolean);
  const full = typed.join('');
  if (!full) return { ok: false, message: '缺少网格，如“上司村三组”' };
  const forms = unique([full, full.replace(TRAILING_WORDS, '')]).filter(Boolean);
  const steps: ((k: GridName, form: string) => boolean)[] = [
    (k, form) => gridLabel(k.village, k.grid) === form,
    (k, form) => stemOf(k.village) !== null && `${stemOf(k.village)}${k.grid}` === form,
    (k, form) => k.grid === form,
  ];
  for (const step of steps) {
    const found = unique(forms.flatMap((form) => known.filter((k) => step(k, form))));
    if (found.length === 1) return { ok: true, value: found[0]!, known: true };
    if (found.length > 1) return { ok: false, message: `「${full}」可能是 ${found.map((k) => gridLabel(k.village, k.grid)).join('、')}，请写全村名和网格` };
  }
  if (typed.length >= 2) {
    // Village and grid given apart name a new grid; the village may still be written the short way.
    const village = matchVillageName(typed[0]!, unique(known.map((k) => k.village))) ?? typed[0]!;
    return { ok: true, value: { village, grid: typed.slice(1).join('') }, known: false };
  }
  const split = splitGridName(full);
  return split.ok ? { ok: true, value: split.value, known: false } : { ok: false, message: split.problems[0]!.message };
}

/** The village meant by `typed`: its exact name, else the one village whose name without 村 it is (上司 → 上司村). */
export function matchVillageName(typed: string, known: readonly string[]): string | null {
  const name = compactName(typed);
  if (known.includes(name)) return name;
  const byStem = known.filter((v) => stemOf(v) === name);
  return byStem.length === 1 ? byStem[0]! : null;
}
