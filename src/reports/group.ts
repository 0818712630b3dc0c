import type { Matchers } from './matchers.js';
import type { Token } from './tokens.js';
import type { FieldKey } from './vocabulary.js';

/** A stretch of the message: offsets valid in both the folded and the original text. */
export interface Span { start: number; end: number }

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
  disputes: DisputeSpans[];
  keys: Set<FieldKey>;
}

const DISPUTE_FIELDS = new Set<FieldKey>(['category', 'parties', 'summary', 'status', 'risks', 'method']);
const REPORT_FIELDS = new Set<FieldKey>(['grid', 'households', 'count']);
const POSITIVE_COUNT = /^[\s:=]*(?:约|共)?\s*(?:[1-9]|[一二两三四五六七八九十])/u;
const COUNT_VALUE = /^[\s:=]*(?:(?:约|共|计)?\s*(?:\d+|[零〇一二两三四五六七八九十]+)\s*(?:[件起个宗]|(?!\p{Script=Han}))|无|没|暂无|本周)/u;

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
  private readonly out: ReportSpans = { report: {}, free: [], disputes: [], keys: new Set() };
  private dispute: DisputeSpans | null = null;
  private current: Span | null = null;
  private inDispute = false;
  private afterBoundary = false;
  private afterMarker = false;
  /** Fields since the last list marker; -1 before the first marker. */
  private fieldsSinceMarker = -1;
  /** Right after 纠纷:2件, a keyless line is a dispute written as a sentence. */
  private expectDisputes = false;

  constructor(private readonly folded: string, private readonly m: Matchers) {}

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
    if (this.current && this.inDispute && !ownNilLine) this.current.end = span.end;
    else if (nil) this.out.free.push(span);
    else if (this.current) this.current.end = span.end;
    else if (this.afterMarker || (this.dispute && !hasContent(this.dispute)) || (this.expectDisputes && lineStart)) {
      this.looseText(span);
    }
    else this.out.free.push(span);
    this.afterBoundary = this.afterMarker = false;
  }

  finish(): ReportSpans {
    this.close();
    return this.out;
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

  private looseText(span: Span): void {
    const d = this.dispute && !hasContent(this.dispute) ? this.dispute : this.open();
    d.loose.push(span);
    this.current = span;
    this.inDispute = true;
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
