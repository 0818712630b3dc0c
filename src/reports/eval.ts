import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport, type ReportParser } from '../grammar/parse.js';

// The shared development sets next to the repository (../shared/data/), as for the legal Q&A.
const shared = (name: string) => fileURLToPath(new URL(`../../../shared/data/${name}`, import.meta.url));
export const KEYED_DEV_FILE = shared('report-dev.jsonl');
export const PHONE_DEV_FILE = shared('report-phone-dev.jsonl');

interface ExpectedDispute {
  category: string;
  status: string;
  risks: string[];
}
export type EvalExpected = { ok: true; grid: string; households: number; nil: boolean; disputes: ExpectedDispute[] } | { ok: false; fields: string[] };
export interface EvalCase {
  id: string;
  text: string;
  expected: EvalExpected;
}

/**
 * The data README's scoring: a report is right when grid, households, nil and each dispute's
 * category, status and risks (in order) match; a reject when it names at least the expected fields.
 */
export function scoreCase(c: EvalCase, parse: ReportParser = parseReport): boolean {
  const r = parse(c.text);
  const e = c.expected;
  if (!e.ok) return !r.ok && e.fields.every((f) => r.errors.some((x) => x.field === f));
  const got = r.report.disputes.map((d) => ({ category: d.category, status: d.status, risks: d.risks }));
  return (
    r.ok && r.report.grid?.replace(/\s+/gu, '') === e.grid && r.report.households === e.households && r.report.nil === e.nil && JSON.stringify(got) === JSON.stringify(e.disputes)
  );
}

export const readCases = (file: string): EvalCase[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EvalCase);

/** A set scored on its own; `goal` null for a part shown for information only. */
export interface EvalPart {
  name: string;
  cases: EvalCase[];
  goal: number | null;
}

/**
 * The keyed set and the phone set, each against its goal; then the phone set's two halves by id:
 * pd01–pd20 were read while writing the rules, pd21–pd40 were not (held out), so both are shown.
 */
export function evalParts(keyedFile = KEYED_DEV_FILE, phoneFile = PHONE_DEV_FILE): EvalPart[] {
  const parts: EvalPart[] = [];
  if (existsSync(keyedFile)) parts.push({ name: '键名周报 report-dev', cases: readCases(keyedFile), goal: 0.97 });
  if (existsSync(phoneFile)) {
    const phone = readCases(phoneFile);
    const tune = (c: EvalCase) => Number(c.id.replace(/\D/g, '')) <= 20;
    parts.push({ name: '手机周报 report-phone-dev', cases: phone, goal: 0.9 });
    parts.push({ name: '  其中 pd01–pd20（调规则用）', cases: phone.filter(tune), goal: null });
    parts.push({ name: '  其中 pd21–pd40（留出）', cases: phone.filter((c) => !tune(c)), goal: null });
  }
  return parts;
}

/**
 * A batch of our own (`--file`), scored whole against the phone goal, then by kind: reports,
 * near-reports (a field missing) and messages that are no report at all (`header`).
 */
export function fileParts(file: string): EvalPart[] {
  const cases = readCases(file);
  const name = basename(file);
  const kind = (c: EvalCase) => (c.expected.ok ? 'report' : c.expected.fields.includes('header') ? 'non' : 'near');
  const of = (k: string) => cases.filter((c) => kind(c) === k);
  return [
    { name, cases, goal: 0.9 },
    { name: '  其中 周报', cases: of('report'), goal: null },
    { name: '  其中 缺项', cases: of('near'), goal: null },
    { name: '  其中 不是周报', cases: of('non'), goal: null },
  ].filter((p) => p.cases.length > 0);
}

/** `gridbot eval-reports`: accuracy per set, the misses by id, false when a set is below its goal. */
export function evalReports(parts: EvalPart[], print: (line: string) => void, parse: ReportParser = parseReport): boolean {
  if (parts.length === 0) {
    print('没有找到开发集（../shared/data/report-dev.jsonl、report-phone-dev.jsonl）。');
    return false;
  }
  let pass = true;
  for (const p of parts) {
    const missed = p.cases.filter((c) => !scoreCase(c, parse)).map((c) => c.id);
    const rate = (p.cases.length - missed.length) / p.cases.length;
    const met = p.goal === null || rate >= p.goal;
    pass &&= met;
    const goal = p.goal === null ? '' : `（目标 ${p.goal * 100}%${met ? '，达到' : '，未达到'}）`;
    print(`${p.name}：${p.cases.length - missed.length}/${p.cases.length} = ${(rate * 100).toFixed(1)}%${goal}`);
    if (missed.length) print(`  未对：${missed.join(' ')}`);
  }
  return pass;
}
