import { readNumber } from './fields.js';
import { isDispute, rawValue, readDispute, type TextView } from './disputes.js';
import type { ReportSpans, Span } from './group.js';
import { cleanValue, toHalfWidthAlnum } from './normalize.js';
import type { DisputeDraft, ReportDraft } from './types.js';

/** The report as read, with what the validator needs beyond the draft itself. */
export interface ReadReport {
  draft: ReportDraft;
  households: 'ok' | 'missing' | 'not_a_number' | 'negative';
  /** The count written after 纠纷 (纠纷:2件), 0 for 纠纷:无, null when not written. */
  statedCount: number | null;
}

// A bare line (or a header) that is just a grid's name: 上司村三组, 【上司村三组周报】, or the short
// forms people use for their own grid, 三组, 上司三组, 第3网格 (place.ts reads them against the
// sender's own village).
const GRID_LIKE = new RegExp(
  [
    '^[\\p{Script=Han}A-Za-z0-9]{1,10}?(?:村|社区|居委会)[\\p{Script=Han}A-Za-z0-9]{0,6}$',
    '^\\p{Script=Han}{0,4}?第?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:组|网格|片区)(?:网格)?$',
  ].join('|'),
  'u',
);
const NOT_GRID = /户|排查|走访|纠纷|矛盾|网格员/u;
// 【上司村三组第47周周报】, 上司村五组这周的周报: the week said after the grid's name is not part of it.
const TIME_TAIL =
  /(?:的|本周|这周|上周|本月|(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|第?(?:\d{1,2}|[一二三四五六七八九十]{1,3})周|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])+$/u;
// 56户 standing alone beside the grid's name: the households, written without any key.
const BARE_HOUSEHOLDS = /^(?:共|约|计)?((?:\d+|[零〇一二两三四五六七八九十百千]+)\s*户)$/u;
// Longer than this, a fragment is a sentence, not a grid's name (and is not scanned for one).
const GRID_CANDIDATE_MAX = 40;
// 排查户数:-5, 负5户: a sign the number reader would drop (and so save 5).
const NEGATIVE = /^[\s:=;,，。、]*(?:[-−－]|负)\s*(?:\d|[一二两三四五六七八九十])/u;

/** Turns grouped spans into the report draft: grid, households, nil and the disputes. */
export function readReport(spans: ReportSpans, v: TextView, headerTitle: string): ReadReport {
  const nilInFields = [spans.report.grid, spans.report.households].some((s) => s !== undefined && v.m.nil.test(foldedOf(v, s)));
  let nil = nilInFields || spans.free.some((s) => v.m.nil.test(foldedOf(v, [s])));
  const counted = readCount(spans, v);
  if (counted.none) nil = true;
  const disputes: DisputeDraft[] = [];
  for (const d of spans.disputes.filter((d) => isDispute(d, v))) {
    const read = readDispute(d, v);
    if (read.nilOnly) nil = true;
    else disputes.push(read.draft);
  }
  const households = readHouseholds(spans, v);
  const grid = readGrid(spans, v, headerTitle);
  // 三组，排查了56户，无 — a bare 无 says "nothing this week" only next to what makes it a report,
  // and only when no dispute is listed (then it was a stray word, not a claim to check against them).
  const bareNil = () => spans.keyless.some((s) => v.m.bareNil.test(cleanValue(foldedOf(v, [s]))));
  if (!nil && disputes.length === 0 && (grid !== null || households.value !== null) && bareNil()) nil = true;
  const draft: ReportDraft = { grid, households: households.value, nil, disputes };
  return { draft, households: households.state, statedCount: counted.count };
}

function foldedOf(v: TextView, spans: Span[]): string {
  return spans.map((s) => v.folded.slice(s.start, s.end)).join(';');
}

function readGrid(spans: ReportSpans, v: TextView, headerTitle: string): string | null {
  const first = spans.report.grid?.[0];
  if (first) {
    // 网格:里腊村六组本周无矛盾纠纷 — the grid ends where the nil statement starts.
    const nilAt = v.m.nil.exec(v.folded.slice(first.start, first.end))?.index ?? -1;
    const span = nilAt >= 0 ? { start: first.start, end: first.start + nilAt } : first;
    const grid = toHalfWidthAlnum(rawValue(v, [span]));
    return /[\p{L}\p{N}]/u.test(grid) ? grid : null;
  }
  const candidates = [headerTitle, ...spans.free.flatMap((s) => withChunks(v.original.slice(s.start, s.end)))];
  for (const c of candidates) {
    if (c.length > GRID_CANDIDATE_MAX) continue;
    const text = toHalfWidthAlnum(cleanValue(c.replace(v.m.headerWords, '')))
      .replace(v.m.gridKeyPrefix, '')
      .replace(TIME_TAIL, '');
    if (GRID_LIKE.test(text) && !NOT_GRID.test(text)) return text;
  }
  return null;
}

/** A free fragment and, when spaces split it, each of its chunks: 上司村三组 56户 holds the grid's name. */
function withChunks(text: string): string[] {
  const chunks = text.trim().split(/\s+/u);
  return chunks.length > 1 ? [text, ...chunks] : [text];
}

function readHouseholds(spans: ReportSpans, v: TextView): { value: number | null; state: ReadReport['households'] } {
  const keyed = spans.report.households?.[0];
  if (keyed) {
    const text = v.folded.slice(keyed.start, keyed.end);
    const value = readNumber(text);
    if (value !== null && NEGATIVE.test(text)) return { value: -value, state: 'negative' };
    return { value, state: value === null ? 'not_a_number' : 'ok' };
  }
  // 本周共走访农户72户 written as a sentence, without a key.
  for (const s of spans.free) {
    const hit = v.m.households.exec(v.folded.slice(s.start, s.end));
    const value = hit?.[1] ? readNumber(hit[1]) : null;
    if (value !== null) return { value, state: 'ok' };
  }
  for (const s of spans.free) {
    for (const chunk of withChunks(v.folded.slice(s.start, s.end))) {
      const bare = BARE_HOUSEHOLDS.exec(cleanValue(chunk))?.[1];
      const value = bare ? readNumber(bare) : null;
      if (value !== null) return { value, state: 'ok' };
    }
  }
  return { value: null, state: 'missing' };
}

function readCount(spans: ReportSpans, v: TextView): { count: number | null; none: boolean } {
  const keyed = spans.report.count?.[0];
  if (!keyed) return countInSentence(spans.free, v);
  const text = v.folded.slice(keyed.start, keyed.end);
  const clean = cleanValue(text);
  if (v.m.countNone.test(clean) || v.m.nil.test(text)) return { count: 0, none: true };
  const count = readNumber(clean);
  return { count, none: count === 0 };
}

function countInSentence(free: Span[], v: TextView): { count: number | null; none: boolean } {
  for (const s of free) {
    const hit = v.m.countSentence.exec(v.folded.slice(s.start, s.end));
    const count = hit?.[1] ? readNumber(hit[1]) : null;
    if (count !== null) return { count, none: count === 0 };
  }
  return { count: null, none: false };
}
