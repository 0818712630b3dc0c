import { readCategory, readParties, readRisks, readStatus, readStoryRisks } from './fields.js';
import type { DisputeSpans, Span } from './group.js';
import type { Matchers } from './matchers.js';
import { cleanValue, toHalfWidthAlnum } from './normalize.js';
import type { Category, DisputeDraft } from './types.js';

/** The message twice over: as typed (for values people read) and folded (for matching). */
export interface TextView {
  original: string;
  folded: string;
  m: Matchers;
}

/** A field as people will read it: original characters, several mentions joined with ；. */
export function rawValue(v: TextView, spans: Span[] | undefined): string {
  if (!spans) return '';
  return spans
    .map((s) => cleanValue(v.original.slice(s.start, s.end)))
    .filter((s) => s !== '')
    .join('；');
}

/** A field as the matcher sees it (half-width punctuation, same offsets). */
export function foldedValue(v: TextView, spans: Span[] | undefined): string {
  return spans ? spans.map((s) => v.folded.slice(s.start, s.end)).join(';') : '';
}

export interface ReadDispute {
  draft: DisputeDraft;
  /** Only a nil statement was written where a dispute could start (情况:本周无矛盾纠纷). */
  nilOnly: boolean;
}

/** Reads one dispute's spans into a draft; missing parts stay null / empty for the validator. */
export function readDispute(d: DisputeSpans, v: TextView): ReadDispute {
  const f = d.fields;
  const title = readTitle(d.loose, v);
  const category = f.category ? readCategory(foldedValue(v, f.category), v.m) : title.category;
  const summary = rawValue(v, f.summary) || title.rest;
  const statusText = f.status ? foldedValue(v, f.status) : statusClause(foldedValue(v, d.loose), v.m);
  const story = `${foldedValue(v, f.summary)};${foldedValue(v, d.loose)}`;
  const draft: DisputeDraft = {
    category,
    parties: readParties(toHalfWidthAlnum(rawValue(v, f.parties)), v.m),
    summary,
    status: readStatus(statusText, v.m),
    risks: f.risks ? readRisks(foldedValue(v, f.risks), v.m) : readStoryRisks(story, v.m),
    method: rawValue(v, f.method) || null,
  };
  const nilOnly = category === null && draft.parties.length === 0 && v.m.nil.test(summary);
  return { draft, nilOnly };
}

/**
 * Whether the spans hold anything a dispute is made of: not just a 状态 or 风险 on its own, and not
 * a numbered section heading such as 一、基本情况.
 */
export function isDispute(d: DisputeSpans, v: TextView): boolean {
  const f = d.fields;
  if (f.category !== undefined || f.parties !== undefined || f.summary !== undefined) return true;
  const loose = foldedValue(v, d.loose).trim();
  return loose !== '' && !v.m.sectionHeading.test(loose);
}

/**
 * Keyless text after a list marker. "邻里纠纷，张某与李某……" names its category up front, so the
 * title gives the category and the rest is the summary; otherwise all of it is the summary.
 */
function readTitle(loose: Span[], v: TextView): { category: Category | null; rest: string } {
  const first = loose[0];
  if (!first) return { category: null, rest: '' };
  const slice = v.folded.slice(first.start, first.end);
  const text = slice.trim();
  const hit = v.m.categoryTitle.exec(text);
  if (!hit?.[1]) return { category: null, rest: rawValue(v, loose) };
  const category = v.m.categories.labels.get(hit[1]) ?? null;
  const textEnd = first.start + (slice.length - slice.trimStart().length) + text.length;
  const restSpan = { start: textEnd - (hit[2]?.length ?? 0), end: textEnd };
  return { category, rest: rawValue(v, [restSpan, ...loose.slice(1)]) };
}

/**
 * The clause of a keyless dispute that says where it stands: the last one naming a step, so a risk
 * or a remark after it (…正在调解，扬言要去县里上访) does not hide it. With no step named anywhere,
 * the last clause (which may still name another body: 派出所已介入).
 */
function statusClause(text: string, m: Matchers): string {
  const parts = text.split(/[,;。]/u);
  for (let i = parts.length - 1; i >= 0; i--) {
    m.statuses.re.lastIndex = 0;
    if (m.statuses.re.test(parts[i] ?? '')) return parts[i] ?? '';
  }
  return parts[parts.length - 1] ?? '';
}
