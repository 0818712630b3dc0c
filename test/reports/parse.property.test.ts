import fc from 'fast-check';
import Nzh from 'nzh';
import { describe, expect, it } from 'vitest';
import { parseDisputeLine, parseReport } from '../../src/grammar/parse.js';
import { REPORT_TEMPLATE } from '../../src/grammar/template.js';
import type { DisputeDraft, ParsedReport, ReportError } from '../../src/grammar/types.js';

const CATEGORIES = ['family', 'neighbor', 'land', 'economic', 'other'];
const STATUSES = ['pending', 'in_progress', 'resolved', 'escalated'];
const RISKS = ['homicide', 'mass_incident', 'petition', 'other'];

// Plain checks rather than expect(): they run ~60,000 times here and must stay cheap.
function check(cond: boolean, what: string, text: string): void {
  if (!cond) throw new Error(`${what} for input ${JSON.stringify(text.slice(0, 200))}`);
}

function checkErrors(ok: boolean, errors: ReportError[], text: string): void {
  check(ok === (errors.length === 0), 'ok must be true exactly when there is no error', text);
  for (const e of errors) {
    check(typeof e.field === 'string' && e.field !== '', 'an error names its field', text);
    check(typeof e.message === 'string' && e.message !== '', 'an error has a message', text);
    check(e.dispute === null || Number.isInteger(e.dispute), 'dispute is a number or null', text);
  }
}

function checkDispute(d: DisputeDraft, text: string): void {
  check(d.category === null || CATEGORIES.includes(d.category), 'category in the contract', text);
  check(STATUSES.includes(d.status), 'status in the contract', text);
  check(d.risks.every((r) => RISKS.includes(r)) && new Set(d.risks).size === d.risks.length, 'risks distinct and known', text);
  check(typeof d.summary === 'string' && d.parties.every((p) => typeof p === 'string'), 'strings', text);
}

/** Never throws; ok exactly when there is no error; every value within the contract. */
function checkInvariants(text: string): void {
  for (const opts of [undefined, { replyToReminder: true }]) {
    const r: ParsedReport = parseReport(text, opts);
    checkErrors(r.ok, r.errors, text);
    check(r.report.households === null || Number.isSafeInteger(r.report.households), 'households an integer', text);
    for (const d of r.report.disputes) checkDispute(d, text);
    JSON.stringify(r);
  }
  const line = parseDisputeLine(text);
  checkErrors(line.ok, line.errors, text);
  checkDispute(line.dispute, text);
}

// Pieces of real reports, to build inputs that come close to valid ones.
const SOUP = [
  '【周报】',
  '[周报]',
  '#周报',
  '周报:',
  '本周排查情况',
  '网格',
  '所在网格',
  '网格员',
  '排查户数',
  '走访',
  '纠纷',
  '类型',
  '当事人',
  '事由',
  '简要情况',
  '情况',
  '化解情况',
  '状态',
  '风险',
  '隐患',
  '方式',
  ':',
  '：',
  '=',
  ';',
  '；',
  ',',
  '，',
  '。',
  '、',
  ' ',
  '\n',
  '\n\n',
  '1.',
  '1、',
  '(1)',
  '（1）',
  '①',
  '一、',
  '第一件',
  '１．',
  '72',
  '７２',
  '七十二',
  '两',
  '户',
  '件',
  '起',
  '约',
  '若干',
  '邻里',
  '山林土地水事',
  '借贷',
  '婆媳',
  '已化解',
  '化解中',
  '未化解',
  '转派出所',
  '扬言上访',
  '扬言杀人',
  '无',
  '本周无矛盾纠纷',
  '零报告',
  '本周无法入户',
  '上司村三组',
  '张某',
  '李某某',
  '和平村',
  '😀',
  '👍🏻',
  '\u200b',
  '\u3000',
  '\r\n',
  '\t',
  '\u0000',
  '\u202e',
  '\ufeff',
  '\ud800',
  '@网格助手 ',
  '11月20日',
];
const soup = fc.array(fc.constantFrom(...SOUP), { maxLength: 60 }).map((parts) => parts.join(''));

/** Cuts, inserts and duplicates inside a valid report. */
const mutated = fc
  .array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.oneof(fc.constantFrom(...SOUP), fc.string({ maxLength: 5 }))), {
    minLength: 1,
    maxLength: 6,
  })
  .map((edits) =>
    edits.reduce((text, [at, len, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(Math.min(text.length, i + len));
    }, REPORT_TEMPLATE),
  );

/** A 10,000-character paste: a chunk repeated. */
const paste = fc
  .oneof(soup, fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }))
  .map((chunk) => (chunk.length === 0 ? 'x'.repeat(10_000) : chunk.repeat(Math.ceil(10_000 / chunk.length)).slice(0, 10_000)));

describe('parseReport robustness', () => {
  it('holds its invariants on arbitrary unicode (including lone surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkInvariants), { numRuns: 4000 });
  });

  it('holds its invariants on report-like word soup', () => {
    fc.assert(fc.property(soup, checkInvariants), { numRuns: 3000 });
  });

  it('holds its invariants on mutated valid reports', () => {
    fc.assert(fc.property(mutated, checkInvariants), { numRuns: 2900 });
  });

  it('holds its invariants on 10,000-character pastes', () => {
    fc.assert(fc.property(paste, checkInvariants), { numRuns: 100 });
  });
});

// ---- Generated well-formed reports parse to exactly what they say. ----

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const CATEGORY_WORDS: [string, string][] = [
  ['家庭婚恋', 'family'],
  ['婚姻', 'family'],
  ['赡养', 'family'],
  ['彩礼', 'family'],
  ['婆媳', 'family'],
  ['邻里', 'neighbor'],
  ['相邻', 'neighbor'],
  ['山林土地水事', 'land'],
  ['宅基地', 'land'],
  ['灌溉', 'land'],
  ['林权', 'land'],
  ['经济', 'economic'],
  ['借贷', 'economic'],
  ['欠薪', 'economic'],
  ['合同', 'economic'],
  ['其他', 'other'],
];
const STATUS_WORDS: [string, string][] = [
  ['待化解', 'pending'],
  ['未化解', 'pending'],
  ['新发现', 'pending'],
  ['化解中', 'in_progress'],
  ['调解中', 'in_progress'],
  ['跟进中', 'in_progress'],
  ['已化解', 'resolved'],
  ['调解成功', 'resolved'],
  ['结案', 'resolved'],
  ['已移交', 'escalated'],
  ['转派出所', 'escalated'],
  ['已上报', 'escalated'],
];
const RISK_WORDS: [string, string][] = [
  ['命案风险', 'homicide'],
  ['扬言杀人', 'homicide'],
  ['持刀', 'homicide'],
  ['群体性事件', 'mass_incident'],
  ['围堵', 'mass_incident'],
  ['扬言上访', 'petition'],
  ['信访', 'petition'],
  ['进京', 'petition'],
  ['扬言自杀', 'other'],
];
const SUMMARIES = ['排水沟堵塞引发争吵', '借款2万元，到期未还', '承包地界址不清', '老人生活费分摊，兄弟互相推诿', '工钱4.6万元未结'];
const NAMES = ['张某', '李某某', '王某', '赵某某', '罗某', '潘某某'];
const NIL = ['本周无矛盾纠纷', '无纠纷', '零报告', '本周未发现矛盾纠纷', '纠纷:无', '纠纷:0件'];
const CN_ORDINALS = ['一', '二', '三'];

const dispute = fc.record({
  category: pick(CATEGORY_WORDS),
  parties: fc.subarray(NAMES, { minLength: 1, maxLength: 3 }),
  partyJoin: pick(['、', '和', '与']),
  summary: pick(SUMMARIES),
  status: fc.option(pick(STATUS_WORDS), { nil: undefined }),
  risks: fc.option(fc.subarray(RISK_WORDS, { minLength: 0, maxLength: 2 }), { nil: undefined }),
});

const report = fc.record({
  header: pick(['【周报】\n', '[周报] ', '#周报 ', '＃周报\n', '周报：', '本周排查情况\n', '']),
  keySep: pick([':', '：', '=', ' ']),
  fieldSep: pick([';', '；', '，', '\n', ' ']),
  gridKey: pick(['网格', '所在网格', '网格名称']),
  householdsKey: pick(['排查户数', '走访户数']),
  grid: fc.tuple(pick(['上司村', '红光村', '和平村']), fc.integer({ min: 1, max: 12 })),
  households: fc.integer({ min: 1, max: 300 }),
  numberForm: pick(['arabic', 'full', 'chinese']),
  unit: pick(['', '户']),
  disputes: fc.array(dispute, { maxLength: 3 }),
  marker: pick(['1.', '1、', '(1)', '（1）', '①', '一、', '第一件 ', 'none']),
  countLine: fc.boolean(),
  nil: pick(NIL),
  signature: fc.boolean(),
});

type Report = typeof report extends fc.Arbitrary<infer R> ? R : never;

function numberText(n: number, form: string): string {
  if (form === 'chinese') return Nzh.cn.encodeS(n);
  if (form === 'full') return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return String(n);
}

function markerText(style: string, i: number): string {
  if (style === 'none') return '';
  if (style === '①') return String.fromCharCode(0x2460 + i);
  if (style === '一、') return `${CN_ORDINALS[i]}、`;
  if (style === '第一件 ') return `第${CN_ORDINALS[i]}件 `;
  return style.replace('1', String(i + 1));
}

function renderReport(r: Report): string {
  const kv = (k: string, v: string) => `${k}${r.keySep}${v}`;
  const fields = [kv(r.gridKey, `${r.grid[0]}${r.grid[1]}组`), kv(r.householdsKey, numberText(r.households, r.numberForm) + r.unit)];
  if (r.disputes.length === 0) fields.push(r.nil.replace(':', r.keySep));
  else if (r.countLine) fields.push(kv('纠纷', `${r.disputes.length}件`));
  const lines = [r.header + fields.join(r.fieldSep)];
  r.disputes.forEach((d, i) => {
    const parts = [kv('类型', d.category[0]), kv('当事人', d.parties.join(d.partyJoin)), kv('事由', d.summary)];
    if (d.status) parts.push(kv('状态', d.status[0]));
    if (d.risks) parts.push(kv('风险', d.risks.length ? d.risks.map((x) => x[0]).join('、') : '无'));
    lines.push(markerText(r.marker, i) + parts.join(r.fieldSep));
  });
  if (r.signature) lines.push('网格员：韦某某', '11月20日');
  return lines.join('\n');
}

describe('generated well-formed reports', () => {
  it('parse to exactly what they say, in every combination of the accepted forms', () => {
    fc.assert(
      fc.property(report, (r) => {
        const parsed = parseReport(renderReport(r));
        expect(parsed.errors).toEqual([]);
        expect(parsed.report.grid).toBe(`${r.grid[0]}${r.grid[1]}组`);
        expect(parsed.report.households).toBe(r.households);
        expect(parsed.report.nil).toBe(r.disputes.length === 0);
        expect(parsed.report.disputes).toEqual(
          r.disputes.map((d) => ({
            category: d.category[1],
            parties: d.parties,
            summary: d.summary,
            status: d.status?.[1] ?? 'pending',
            risks: [...new Set((d.risks ?? []).map((x) => x[1]))],
            method: null,
          })),
        );
      }),
      { numRuns: 1500 },
    );
  });
});
