import { errors } from './messages.js';
import { REPORT_LIMITS } from './limits.js';
import { foldForMatching } from './normalize.js';
import { findHeader } from './header.js';
import { compileMatchers, type Matchers } from './matchers.js';
import { compileSpoken } from './spoken/matchers.js';
import { readSpoken } from './spoken/read.js';
import { tokenize } from './tokens.js';
import { groupTokens, type DisputeSpans, type ReportSpans } from './group.js';
import { readDispute, type TextView } from './disputes.js';
import { readReport, type ReadReport } from './report.js';
import { defaultVocabulary, type Vocabulary } from './vocabulary.js';
import type { DisputeDraft, ParsedDispute, ParsedReport, ParseOptions, ReportError } from './types.js';

export type ReportParser = (text: string, opts?: ParseOptions) => ParsedReport;
export type DisputeLineParser = (text: string) => ParsedDispute;

const REPORT_SIGNALS = ['grid', 'households', 'count', 'category', 'parties', 'summary'] as const;
// Keys that tell what a dispute is. 状态:/风险: alone after a story (纠纷:两家争地界 状态:已移交) leave the
// dispute told in words, so the spoken reading still gets its turn.
const DISPUTE_KEYS = ['category', 'parties', 'summary'] as const;

export { REPORT_LIMITS } from './limits.js';

/**
 * Builds the weekly-report parser for a vocabulary (regexes compiled once). The keyed form is read
 * first; a message it cannot take is read again as said in plain words (one line, no keys, voice).
 * createReportParser()('【周报】网格:上司村三组 排查户数:70 本周无矛盾纠纷').ok === true
 * createReportParser()('上司村三组这周走访了七十户一切正常').ok === true
 */
export function createReportParser(vocab: Vocabulary = defaultVocabulary): ReportParser {
  const m = compileMatchers(vocab);
  const s = compileSpoken(vocab, m);
  return (text, opts = {}) => {
    const original = typeof text === 'string' ? text : '';
    const keyed = readKeyed(original, opts, m);
    // Disputes written with keys (类型:… 事由:…) keep the keyed errors: the worker wrote keys, not a story.
    if (keyed.parsed.ok || (keyed.usedKeys && !keyed.notAReport)) return keyed.parsed;
    const spoken = readSpoken(original, s, opts.knownGrids);
    // Both failed: a message written in the keyed form (a header or keys) keeps the keyed errors.
    return spoken.parsed.ok || keyed.notAReport || !keyed.keyedForm ? spoken.parsed : keyed.parsed;
  };
}

interface KeyedRead {
  parsed: ParsedReport;
  notAReport: boolean;
  /** Disputes were written with keys that tell them (类型:… 当事人:… 事由:…). */
  usedKeys: boolean;
  /** A header or any report key was written. */
  keyedForm: boolean;
}

function readKeyed(original: string, opts: ParseOptions, m: Matchers): KeyedRead {
  const v: TextView = { original, folded: foldForMatching(original), m };
  const header = findHeader(v.folded, m);
  const spans = groupTokens(tokenize(v.folded, header?.end ?? 0, m), v.folded, m);
  const read = readReport(spans, v, header?.title ?? '');
  const usedKeys = DISPUTE_KEYS.some((k) => spans.keys.has(k));
  const keyedForm = header !== null || REPORT_SIGNALS.some((k) => spans.keys.has(k));
  if (!header?.strong && !looksLikeReport(spans, read, Boolean(header) || opts.replyToReminder === true)) {
    return { parsed: { ok: false, report: read.draft, errors: [errors.notAReport()] }, notAReport: true, usedKeys, keyedForm };
  }
  const found = validateReport(read);
  return { parsed: { ok: found.length === 0, report: read.draft, errors: found }, notAReport: false, usedKeys, keyedForm };
}

/**
 * Without a 【周报】 header. After a bare 周报: or in a reply to the reminder, any report field will
 * do (so the errors can say what is missing); otherwise (the CLI) it takes both 网格 and 排查户数.
 */
function looksLikeReport(spans: ReportSpans, read: ReadReport, lenient: boolean): boolean {
  if (lenient) return read.draft.nil || REPORT_SIGNALS.some((k) => spans.keys.has(k));
  return spans.keys.has('grid') && spans.keys.has('households');
}

function validateReport(read: ReadReport): ReportError[] {
  const { draft } = read;
  const found: ReportError[] = [];
  if (draft.grid === null) found.push(errors.gridMissing());
  if (read.households === 'missing') found.push(errors.householdsMissing());
  if (read.households === 'not_a_number') found.push(errors.householdsNotNumber());
  if (read.households === 'negative') found.push(errors.householdsNegative());
  if (draft.households !== null && draft.households > REPORT_LIMITS.households) found.push(errors.householdsTooMany(draft.households));
  const listed = draft.disputes.length;
  if (listed > REPORT_LIMITS.disputes) return [...found, errors.tooManyDisputes(listed, REPORT_LIMITS.disputes)];
  if (draft.nil && listed > 0) found.push(errors.nilWithDisputes(listed));
  else if (read.statedCount !== null && read.statedCount !== listed && !draft.nil) {
    found.push(errors.countMismatch(read.statedCount, listed));
  }
  if (!draft.nil && listed === 0) found.push(errors.disputesMissing());
  draft.disputes.forEach((d, i) => found.push(...validateDispute(d, i + 1)));
  return found;
}

function validateDispute(d: DisputeDraft, n: number | null): ReportError[] {
  const found: ReportError[] = [];
  if (d.category === null) found.push(errors.categoryMissing(n));
  if (d.summary === '') found.push(errors.summaryMissing(n));
  if (d.summary.length > REPORT_LIMITS.summaryChars) found.push(errors.fieldTooLong('summary', n, REPORT_LIMITS.summaryChars));
  if (d.parties.join('、').length > REPORT_LIMITS.partiesChars) found.push(errors.fieldTooLong('parties', n, REPORT_LIMITS.partiesChars));
  return found;
}

const COMMAND = /^\s*#\s*纠纷\s*/u;

/**
 * Builds the parser of the daily one-dispute command, the text after #纠纷:
 * 类型:邻里 当事人:张某、李某 事由:… [状态:…] [风险:…]. Same field rules as a report.
 */
export function createDisputeLineParser(vocab: Vocabulary = defaultVocabulary): DisputeLineParser {
  const m = compileMatchers(vocab);
  return (text) => {
    const original = typeof text === 'string' ? text : '';
    const v: TextView = { original, folded: foldForMatching(original), m };
    const from = COMMAND.exec(v.folded)?.[0].length ?? 0;
    const spans = groupTokens(tokenize(v.folded, from, m), v.folded, m);
    const draft = readDispute(mergeDisputes(spans), v).draft;
    const found = validateDispute(draft, null);
    return { ok: found.length === 0, dispute: draft, errors: found };
  };
}

/** One command is one dispute: every field and any keyless text belong to it. */
function mergeDisputes(spans: ReportSpans): DisputeSpans {
  const merged: DisputeSpans = { fields: {}, loose: [] };
  for (const d of spans.disputes) {
    for (const [k, list] of Object.entries(d.fields) as [keyof DisputeSpans['fields'], DisputeSpans['fields']['category']][]) {
      (merged.fields[k] ??= []).push(...(list ?? []));
    }
    merged.loose.push(...d.loose);
  }
  merged.loose.push(...spans.free);
  return merged;
}

/** The parser over the default vocabulary. */
export const parseReport: ReportParser = createReportParser();

/** The #纠纷 command parser over the default vocabulary. */
export const parseDisputeLine: DisputeLineParser = createDisputeLineParser();
