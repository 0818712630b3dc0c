import { matchAt, matchKey, skipSpaces, type KeyHit, type Mode } from './keys.js';
import type { Matchers } from './matchers.js';
import type { FieldKey } from './vocabulary.js';

/**
 * A report read as a flat run of tokens: keyed fields, keyless text (which continues the field
 * before it), list markers and blank lines. Offsets index both the folded and the original text.
 */
export type Token =
  | { kind: 'field'; field: FieldKey; valueStart: number; end: number }
  | { kind: 'text'; start: number; end: number; lineStart: boolean }
  | { kind: 'marker' }
  | { kind: 'blank' };

const HARD_SEPARATOR = /[;,。]/g;
const DECORATION = /[ \p{Extended_Pictographic}\uFE0F\u20E3★☆※]*/uy;
const NOT_A_FIELD =
  /^(?:(?:\d{2,4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]?\s*(?:星期.|周.)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|1\d{10}|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]?)$/u;
const MARKER_FIRST = /[\d(一二三四五六七八九十第纠矛案事\u2460-\u249B\u2776-\u2789]/u;

/** Splits folded text (from `from`) into tokens. Never throws; linear in the text length. */
export function tokenize(text: string, from: number, m: Matchers): Token[] {
  const out: Token[] = [];
  let lineStart = from;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    if (text.slice(lineStart, lineEnd).trim() === '') {
      if (out.length > 0 && out[out.length - 1]?.kind !== 'blank') out.push({ kind: 'blank' });
    } else {
      tokenizeLine(text, lineStart, lineEnd, m, out);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function tokenizeLine(text: string, start: number, end: number, m: Matchers, out: Token[]): void {
  let pieceStart = start;
  HARD_SEPARATOR.lastIndex = start;
  for (;;) {
    const sep = HARD_SEPARATOR.exec(text);
    const pieceEnd = sep && sep.index < end ? sep.index : end;
    tokenizePiece(text, pieceStart, pieceEnd, pieceStart === start, pieceEnd < end, m, out);
    if (pieceEnd >= end) return;
    pieceStart = pieceEnd + 1;
  }
}

function tokenizePiece(text: string, start: number, end: number, lineStart: boolean, bareOk: boolean, m: Matchers, out: Token[]): void {
  let s = skipSpaces(text, start, end);
  for (let i = 0; i < 3 && s < end; i++) {
    const after = markerEnd(text, s, end, m, !lineStart);
    if (after < 0) break;
    out.push({ kind: 'marker' });
    s = after;
  }
  s = skipDecoration(text, s, end);
  let mode: Mode = 'start';
  let first = true;
  while (s < end) {
    const hit = matchKey(text, s, end, mode, m, bareOk);
    const cut = findCut(text, hit ? Math.max(hit.valueStart, s + 1) : s + 1, end, m);
    emitSegment(text, s, cut.at, hit, mode, lineStart && first, m, out);
    s = cut.at;
    mode = cut.mode;
    first = false;
    const after = s < end ? markerEnd(text, s, end, m, true) : -1;
    if (after >= 0) {
      out.push({ kind: 'marker' });
      s = after;
      mode = 'start';
    }
    s = skipDecoration(text, s, end);
  }
}

function emitSegment(text: string, s: number, e: number, hit: KeyHit | null, mode: Mode, lineStart: boolean, m: Matchers, out: Token[]): void {
  if (hit) {
    out.push({ kind: 'field', field: hit.field, valueStart: hit.valueStart, end: e });
    return;
  }
  if (mode !== 'inner' && matchAt(m.signature, text, s, e) >= 0) {
    out.push({ kind: 'field', field: 'ignore', valueStart: s, end: e });
    return;
  }
  if (NOT_A_FIELD.test(text.slice(s, e).trim())) return;
  out.push({ kind: 'text', start: s, end: e, lineStart });
}

/** The next place inside [from, end) where a new field starts: after a space, or a glued 'key:'. */
function findCut(text: string, from: number, end: number, m: Matchers): { at: number; mode: Mode } {
  for (let i = from; i < end; i++) {
    const ch = text[i] ?? '';
    if (ch === ' ') {
      let j = i;
      while (j < end && text[j] === ' ') j++;
      if (j < end && startsField(text, j, end, 'space', m)) return { at: j, mode: 'space' };
      i = j - 1;
    } else if ((m.keyFirstChars.has(ch) || MARKER_FIRST.test(ch)) && startsField(text, i, end, 'inner', m)) {
      return { at: i, mode: 'inner' };
    }
  }
  return { at: end, mode: 'start' };
}

function startsField(text: string, at: number, end: number, mode: Mode, m: Matchers): boolean {
  if (markerEnd(text, at, end, m, true) >= 0) return true;
  if (matchKey(text, at, end, mode, m)) return true;
  if (mode !== 'space') return false;
  // 户数：61户 无 — a trailing 无 is a statement of its own, not part of the count before it.
  return matchAt(m.signature, text, at, end) >= 0 || matchAt(m.nilAhead, text, at, end) >= 0 || matchAt(m.bareNilAhead, text, at, end) >= 0;
}

const BARE_NUMBER = /\d{1,2} +/y;
const DISPUTE_FIELDS = new Set<FieldKey>(['category', 'parties', 'summary', 'status', 'risks', 'method']);

/**
 * End of a list marker at `at`, or -1. With needKey (inside a line), only a marker followed by a
 * field key counts. At a piece start a bare "1 " counts when a dispute key follows (1 类型 邻里).
 */
function markerEnd(text: string, at: number, end: number, m: Matchers, needKey: boolean): number {
  const after = matchAt(m.marker, text, at, end);
  if (after < 0) {
    const bare = needKey ? -1 : matchAt(BARE_NUMBER, text, at, end);
    const key = bare < 0 ? null : matchKey(text, bare, end, 'start', m);
    return key && DISPUTE_FIELDS.has(key.field) ? bare : -1;
  }
  if (needKey && !matchKey(text, skipDecoration(text, after, end), end, 'start', m)) return -1;
  return after;
}

function skipDecoration(text: string, at: number, end: number): number {
  const after = matchAt(DECORATION, text, at, end);
  return after < 0 ? at : Math.min(after, end);
}
