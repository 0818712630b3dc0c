import { matchAt } from './keys.js';
import type { Matchers } from './matchers.js';
import type { Token } from './tokens.js';
import type { FieldKey } from './vocabulary.js';

/** A stretch of the message: offsets valid in both the folded and the original text. */
export interface Span {
  start: number;
  end: number;
}

export type DisputeField = 'category' | 'parties' | 'summary' | 'status' | 'risks' | 'method';
export type ReportField = 'grid' | 'households' | 'count';

export interface DisputeSpans {
  fields: Partial<Record<DisputeField, Span[]>>;
  /** Keyless text right after a list marker: 1、邻里纠纷，张某与李某… */
  loose: Span[];
}

/** What the tokens say, still as spans: report-level fields, free text and the disputes. */
export interface ReportSpans {
  report: Partial<Record<ReportField, Span[]>>;
  /** Remarks and keyless text outside any dispute (where 本周无矛盾纠纷 usually sits). */
  free: Span[];
  /** The keyless part of `free`: 无 there says "no disputes", while 备注：无 only says "no remarks". */
  keyless: Span[];
  disputes: DisputeSpans[];
  keys: Set<FieldKey>;
}

const DISPUTE_FIELDS = new Set<FieldKey>(['category', 'parties', 'summary', 'status', 'risks', 'method']);
const REPORT_FIELDS = new Set<FieldKey>(['grid', 'households', 'count']);
const POSITIVE_COUNT = /^[\s:=]*(?:约|共)?\s*(?:[1-9]|[一二两三四五六七八九十])/u;
const COUNT_VALUE = /^[\s:=]*(?:(?:约|共|计)?\s*(?:\d+|[零〇一二两三四五六七八九十]+)\s*(?:[件起个宗]|(?!\p{Script=Han}))|无|没|暂无|本周)/u;
// 纠纷1起：山林纠纷，… — a positive count, then the first dispute on the same line.
const COUNT_HEAD = /^[\s:=]*(?:约|共|计)?\s*(?:[1-9]\d*|[一二两三四五六七八九十]+)\s*[件起个宗][\s:=,;、]*/u;
// 邻里：1件 / 家庭纠纷：本周无 — a tally by category, not a dispute.
const TALLY_OR_NONE = /^[\s:=]*(?:本周|这周|目前|暂时)?\s*(?:(?:\d+|[零〇一二两三四五六七八九十]+)\s*[件起个宗]?|无|没有|没得|暂无|未发现)(?=[\s,;、。.]|$)/u;

/**
 * Walks the tokens once. A keyless fragment continues the field before it. A list marker starts a
 * new dispute, except when markers number single fields (1.类型 2.当事人 …); a blank line starts
 * one only when the next key is already filled in the current dispute.
 */
export function groupTokens(tokens: Token[], folded: string, m: Matchers): ReportSpans {
  const w = new Walker(folded, m);
  for (const t of tokens) {
    if (t.kind === 'field') w.field(t.field, { start: t.valueStart, end: t.end });
    else if (t.kind === 'text') w.text({ start: t.start, end: t.end }, t.lineStart);
    else w.boundary(t.kind === 'marker');
  }
  return w.finish();
}

class Walker {
  private readonly out: ReportSpans = { report: {}, free: [], keyless: [], disputes: [], keys: new Set() };
  private dispute: DisputeSpans | null = null;
  private current: Span | null = null;
  private inDispute = false;
  private afterBoundary = false;
  private afterMarker = false;
  /** Fields since the last list marker; -1 before the first marker. */
  private fieldsSinceMarker = -1;
  /** Right after 纠纷:2件, a keyless line is a dispute written as a sentence. */
  private expectDisputes = false;

  constructor(
    private readonly folded: string,
    private readonly m: Matchers,
  ) {}

  boundary(isMarker: boolean): void {
    if (isMarker && this.fieldsSinceMarker !== 1) this.close();
    if (isMarker) this.fieldsSinceMarker = 0;
    else this.expectDisputes = false;
    this.current = null;
    this.afterBoundary = true;
    this.afterMarker = isMarker;
  }

  field(key: FieldKey, span: Span): void {
    const field = this.reinterpret(key, span);
    const first = field === 'count' ? this.disputeInCount(span) : null;
    if (first) {
      this.field('count', { start: span.start, end: first.start });
      this.looseText(first);
      return;
    }
    this.out.keys.add(field);
    if (this.fieldsSinceMarker >= 0 && field !== 'ignore') this.fieldsSinceMarker++;
    if (DISPUTE_FIELDS.has(field)) this.disputeField(field as DisputeField, span);
    else this.reportField(field, span);
    // 网格/排查户数/纠纷 hold one short value: a fragment after it is not part of it
    // (网格:上司村三组，本周走访72户), unless the key stood alone (网格；上司村三组).
    const empty = this.folded.slice(span.start, span.end).trim() === '';
    this.current = REPORT_FIELDS.has(field) && !empty ? null : span;
    this.afterBoundary = this.afterMarker = false;
  }

  text(span: Span, lineStart: boolean): void {
    const s = this.folded.slice(span.start, span.end);
    const nil = this.m.nil.test(s);
    const ownNilLine = nil && lineStart && this.m.nilWhole.test(s.trim());
    if (lineStart && this.opensDisputeLine(s)) {
      this.open();
      this.looseText(span);
    } else if (this.current && this.inDispute && !ownNilLine) this.current.end = span.end;
    else if (nil) this.freeText(span);
    else if (this.current) this.current.end = span.end;
    else if (this.afterMarker || (this.dispute && !hasContent(this.dispute)) || (this.expectDisputes && lineStart)) {
      this.looseText(span);
    } else this.freeText(span);
    this.afterBoundary = this.afterMarker = false;
  }

  finish(): ReportSpans {
    this.close();
    return this.out;
  }

  /**
   * 纠纷:1件 邻里，张某… / 纠纷1起：1.山林纠纷… — where the first dispute starts inside a count's value
   * (a list marker, or a category up front), or null. A tally by category (纠纷:3件 邻里:1件) is no dispute.
   */
  private disputeInCount(span: Span): Span | null {
    if (this.inDispute) return null;
    const head = COUNT_HEAD.exec(this.folded.slice(span.start, span.end));
    if (!head) return null;
    const at = span.start + head[0].length;
    const marked = matchAt(this.m.marker, this.folded, at, span.end);
    const start = marked >= 0 ? marked : at;
    if (start >= span.end) return null;
    return marked >= 0 || this.isTitle(this.folded.slice(start, span.end)) ? { start, end: span.end } : null;
  }

  /**
   * A line that opens with a category and a colon or 纠纷 (经济纠纷：王某拖欠货款…) starts a dispute of
   * its own where a list is going on: after 纠纷:2件, after another such line, or at report level.
   * Never inside a keyed dispute (its 事由 may run onto the next line).
   */
  private opensDisputeLine(s: string): boolean {
    const d = this.dispute;
    if (d && Object.keys(d.fields).length > 0) return false;
    return this.m.categoryLine.test(s.trim()) && this.isTitle(s);
  }

  private isTitle(s: string): boolean {
    const hit = this.m.categoryTitle.exec(s.trim());
    return hit !== null && !TALLY_OR_NONE.test(hit[2] ?? '');
  }

  /** 纠纷情况 is the count at report level but the story inside a dispute (纠纷情况:两家争水源). */
  private reinterpret(field: FieldKey, span: Span): FieldKey {
    if (field !== 'count' || !this.inDispute) return field;
    return COUNT_VALUE.test(this.folded.slice(span.start, span.end)) ? field : 'summary';
  }

  private disputeField(field: DisputeField, span: Span): void {
    let d = this.dispute ?? this.open();
    const seen = d.fields[field] !== undefined;
    if (seen && (this.afterBoundary || field === 'category' || field === 'parties')) d = this.open();
    (d.fields[field] ??= []).push(span);
    this.inDispute = true;
    this.expectDisputes = false;
  }

  private reportField(field: FieldKey, span: Span): void {
    if (field === 'ignore') {
      this.inDispute = false;
      return;
    }
    this.close();
    this.expectDisputes = field === 'count' && POSITIVE_COUNT.test(this.folded.slice(span.start, span.end));
    if (REPORT_FIELDS.has(field)) (this.out.report[field as ReportField] ??= []).push(span);
    else this.out.free.push(span);
    this.inDispute = false;
  }

  private freeText(span: Span): void {
    this.out.free.push(span);
    this.out.keyless.push(span);
  }

  private looseText(span: Span): void {
    const d = this.dispute && !hasContent(this.dispute) ? this.dispute : this.open();
    d.loose.push(span);
    // 二、矛盾纠纷情况 is a section heading: the lines under it are not its continuation.
    const heading = this.m.sectionHeading.test(this.folded.slice(span.start, span.end).trim());
    this.current = heading ? null : span;
    this.inDispute = !heading;
    this.expectDisputes = false;
  }

  private open(): DisputeSpans {
    this.close();
    this.dispute = { fields: {}, loose: [] };
    return this.dispute;
  }

  private close(): void {
    if (this.dispute) this.out.disputes.push(this.dispute);
    this.dispute = null;
  }
}

function hasContent(d: DisputeSpans): boolean {
  return d.loose.length > 0 || Object.keys(d.fields).length > 0;
}
