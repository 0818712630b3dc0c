import { findPersonNames } from './person-names.js';
import { hideNumbers, type NumberKind } from './pii-numbers.js';

/**
 * The one masking of personal data for everything about a dispute or a question that leaves for a
 * group, the admin group, a digest, a log or a model: people's names become labels (the same person
 * the same label within one text) and identifying numbers placeholders. Callers choose only the
 * label style; what counts as a name or a number is decided here.
 */
export interface MaskOptions {
  /** People known to be in the text, labelled first and in this order (a dispute's 当事人). */
  parties?: readonly string[];
  /** Other names to hide wherever they appear (the roster). */
  known?: readonly string[];
  /** The label of the i-th person (0-based). Default 当事人甲, 当事人乙 … */
  person?: (i: number) => string;
  /** What replaces a number. Default 〔已隐去〕. */
  number?: (kind: NumberKind, n: number) => string;
}

export interface Masked {
  text: string;
  /** Puts the originals back wherever a label or placeholder appears (for what a model returns). */
  restore(s: string): string;
}

const STEMS = '甲乙丙丁戊己庚辛壬癸';
export const partyLabel = (i: number): string => `当事人${STEMS[i] ?? i + 1}`;
const HIDDEN = (): string => '〔已隐去〕';

/** 杨秀英（女，52岁） → 杨秀英: the details in brackets are not part of the name. */
const nameOf = (party: string): string => party.replace(/[（(].*$/su, '').trim();
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * maskPersonal('吴二妹被丈夫罗大明打伤，电话13812345678') →
 * { text: '当事人甲被丈夫当事人乙打伤，电话〔已隐去〕', restore }.
 */
export function maskPersonal(text: string, options: MaskOptions = {}): Masked {
  const originals = new Map<string, string>();
  const numberLabel = options.number ?? HIDDEN;
  const numbered = hideNumbers(text, (kind, n, original) => {
    const label = numberLabel(kind, n);
    originals.set(label, original);
    return label;
  });
  const names = peopleIn(numbered, options);
  if (names.length === 0) return { text: numbered, restore: restorer(originals) };
  const person = options.person ?? partyLabel;
  const labels = new Map(names.map((n, i) => [n, person(i)]));
  // One pass, longest first and labels skipped, so a name is never replaced inside another's label.
  const taken = [...new Set([...originals.keys(), ...labels.values()])];
  const alternation = new RegExp([...taken, ...[...names].sort((a, b) => b.length - a.length)].map(escapeRegExp).join('|'), 'gu');
  const masked = numbered.replace(alternation, (m) => {
    const label = labels.get(m);
    if (label === undefined) return m;
    originals.set(label, m);
    return label;
  });
  // 当事人杨秀英 → 当事人甲, not 当事人当事人甲.
  return { text: options.person ? masked : masked.replace(/当事人[:：]?(?=当事人)/gu, ''), restore: restorer(originals) };
}

/** Parties first (in their order), then every other person found or known, by first appearance. */
function peopleIn(text: string, options: MaskOptions): string[] {
  const parties = (options.parties ?? []).map(nameOf);
  const known = (options.known ?? []).filter((n) => n.length >= 2 && text.includes(n));
  const found = findPersonNames(text);
  const byPlace = [...known, ...found].sort((a, b) => text.indexOf(a) - text.indexOf(b));
  return [...new Set([...parties, ...byPlace])].filter((n) => n.length >= 2);
}

function restorer(originals: Map<string, string>): (s: string) => string {
  if (originals.size === 0) return (s) => s;
  const labels = new RegExp(
    [...originals.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'gu',
  );
  return (s) => s.replace(labels, (l) => originals.get(l) ?? l);
}
