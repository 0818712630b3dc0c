import { asc, desc, gt, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRole, splitGridName } from '../../src/roster/index.js';
import { redactCommand } from '../../src/admin/audit.js';
import { parseBindTarget } from '../../src/admin/commands/bind.js';
import { parseSetMember } from '../../src/admin/commands/member-args.js';
import { normalizeCode } from '../../src/admin/invites.js';
import { parseBroadcastCommand } from '../../src/broadcast/commands.js';
import { readPostId, readScheduleId } from '../../src/broadcast/ids.js';
import { parseTarget } from '../../src/broadcast/targets.js';
import { parseChineseInt } from '../../src/kernel/cnnum.js';
import { parseCommand } from '../../src/kernel/command.js';
import type { Result } from '../../src/kernel/result.js';
import { inboundMessages, members, ROLES } from '../../src/db/schema.js';
import { findCode } from '../../src/ledger/codes.js';
import { parseAssignText, parseFollowup, parseProgress } from '../../src/disputes/commands-parse.js';
import { parsePeriod } from '../../src/summary/period.js';
import { stripBotMention } from '../../src/inbound/context.js';
import { storable } from '../../src/inbound/store.js';
import { feedbackOf, mediationRequest } from '../../src/lawqa/chat-words.js';
import { parseStatute } from '../../src/lawqa/statutes.js';
import type { Harness } from '../../src/tools/replay/harness.js';
import { parseDisputeLine, parseReport } from '../../src/reports/index.js';
import { REPORT_LIMITS } from '../../src/grammar/parse.js';
import { parseLeave } from '../../src/reports/leave/leave-parse.js';
import { parseWhen, splitWhen } from '../../src/scheduler/parse-when.js';
import { describeRule, nextFireTimes } from '../../src/scheduler/rules.js';
import { queryRows } from '../../src/db/raw.js';
import { anyText, BIDI, binaryJunk, EMOJI, grammarText, longText, SQL, ZERO_WIDTH } from './nasty.js';
import { openHarness } from './town.js';
import { createCalendar } from '../../src/kernel/calendar.js';
import { realClock } from '../../src/kernel/clock.js';

const NOW = new Date('2026-12-02T10:00:00+08:00');
const TZ = 'Asia/Shanghai';
const CAL = createCalendar(realClock(), TZ);
const PARSER_RUNS = 2_000;
const HAN = /\p{Script=Han}/u;
const PG_INT_MAX = 2_147_483_647;

const validDate = (d: unknown): boolean => d instanceof Date && !Number.isNaN(d.getTime());

/** A parser's answer is a value, or problems each told in Chinese. */
function expectClear<T>(r: Result<T>, check: (value: T) => void = () => {}): void {
  if (r.ok) return check(r.value);
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) expect(p.message).toMatch(HAN);
}

const property = <T>(arb: fc.Arbitrary<T>, check: (value: T) => void, numRuns = PARSER_RUNS) => fc.assert(fc.property(arb, check), { numRuns });

describe('every chat grammar takes any text without throwing and answers in Chinese', () => {
  it('reads commands: null or a command word with its arguments', () => {
    property(anyText, (text) => {
      const c = parseCommand(text);
      if (c === null) return;
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.args.every((a) => a.length > 0)).toBe(true);
      expect(typeof c.rest).toBe('string');
    });
  });

  it('reads weekly reports: saved values within limits, or errors naming a field in Chinese', () => {
    property(fc.tuple(anyText, fc.boolean()), ([text, replyToReminder]) => {
      const r = parseReport(text, { replyToReminder });
      if (r.ok) {
        expect(r.errors).toEqual([]);
        expect(r.report.grid).not.toBeNull();
        expect(Number.isInteger(r.report.households)).toBe(true);
        expect(r.report.households!).toBeLessThanOrEqual(REPORT_LIMITS.households);
        expect(r.report.disputes.length).toBeLessThanOrEqual(REPORT_LIMITS.disputes);
        return;
      }
      expect(r.errors.length).toBeGreaterThan(0);
      for (const e of r.errors) expect(e.message).toMatch(HAN);
    });
  });

  it('reads #纠纷 lines the same way', () => {
    property(anyText, (text) => {
      const r = parseDisputeLine(text);
      if (r.ok) expect(r.dispute.summary.length).toBeLessThanOrEqual(REPORT_LIMITS.summaryChars);
      else for (const e of r.errors) expect(e.message).toMatch(HAN);
    });
  });

  it('reads time expressions into rules the scheduler can run', () => {
    property(anyText, (text) => {
      const { when, rest } = splitWhen(text);
      expect([typeof when, typeof rest]).toEqual(['string', 'string']);
      expectClear(parseWhen(text, NOW, TZ), (rule) => {
        expect(describeRule(rule, TZ)).toMatch(HAN);
        const next = nextFireTimes(rule, NOW, 3, TZ);
        expect(next.every((d, i) => validDate(d) && d > NOW && (i === 0 || d > next[i - 1]!))).toBe(true);
      });
    });
  });

  it('reads #定时 and #普法 commands, with ids that fit the database', () => {
    property(anyText, (text) => {
      for (const prefix of ['#定时 ', '#定时 暂停 ', '#定时 删除 ', '#普法 ', '#普法 发送 ', '']) {
        const r = parseBroadcastCommand(prefix + text, NOW, TZ);
        if (r === null) continue;
        expectClear(r, (cmd) => {
          if ('id' in cmd && typeof cmd.id === 'number') expect(cmd.id).toBeLessThanOrEqual(PG_INT_MAX);
        });
      }
    });
    property(anyText, (text) => {
      for (const word of [text, ...text.split(/\s+/)]) {
        const id = readScheduleId(word);
        if (id !== null) expect(Number.isInteger(id) && id > 0 && id <= PG_INT_MAX).toBe(true);
        const post = readPostId(word);
        if (post !== null) expect(post).toMatch(/^[a-z]\d{3,6}$/);
        expectClear(parseTarget(word));
      }
    });
  });

  it('reads the arguments of #进展 #回访 #交办 and dispute codes', () => {
    property(anyText, (text) => {
      expectClear(parseProgress(text));
      expectClear(parseFollowup(text));
      expectClear(parseAssignText(text, NOW, CAL), (a) => {
        if (a.deadline !== null) expect(validDate(a.deadline) && a.deadline > NOW).toBe(true);
      });
      const code = findCode(text);
      if (code) expect(code.code).toMatch(/^[A-Z]{1,6}-\d{4}-\d{4,}$/);
    });
  });

  it('reads periods (#统计, #台账 导出, #问答 统计) and #请假', () => {
    property(anyText, (text) => {
      const p = parsePeriod(text, NOW, CAL);
      if (p) {
        expectClear(p, (v) => {
          if (v.from && v.to) expect(validDate(v.from) && validDate(v.to) && v.from < v.to).toBe(true);
        });
      }
      expectClear(parseLeave(text, NOW, CAL), (l) => {
        if (l.kind === 'until') expect(validDate(l.until) && l.until > NOW).toBe(true);
      });
    });
  });

  it('reads #绑定, #成员, roles and grid names', () => {
    property(fc.tuple(anyText, fc.array(fc.constantFrom('张网格', '李 大姐', '@', '', '😀'), { maxLength: 3 })), ([text, mentions]) => {
      const words = text.split(/[\s\u3000\u2005]+/).filter(Boolean);
      const bind = parseBindTarget(words);
      if ('error' in bind) expect(bind.error).toMatch(HAN);
      const member = parseSetMember(
        text,
        mentions,
        mentions.map((_, i) => `wx${i}`),
      );
      if ('error' in member) expect(member.error).toMatch(HAN);
      const role = parseRole(text);
      if (role !== null) expect(ROLES).toContain(role);
      expectClear(splitGridName(text));
    });
  });

  it('reads what residents send around a question', () => {
    property(anyText, (text) => {
      const m = mediationRequest(text);
      if (m) expect(typeof m.details).toBe('string');
      expect([true, false, null]).toContain(feedbackOf(text));
      expect(typeof stripBotMention(text, true)).toBe('string');
      const n = parseChineseInt(text);
      if (n !== null) expect(Number.isFinite(n)).toBe(true);
    });
  });

  it('keeps invite codes out of the audit, however the command is written', () => {
    property(fc.tuple(fc.constantFrom('#认领 ', '＃认领\u2005', '# 认领\u3000'), fc.stringMatching(/^[A-HJ-NP-Z2-9]{8}$/), anyText), ([head, code, tail]) => {
      const redacted = redactCommand(`${head}${code}${tail}`);
      expect(redacted).not.toContain(code);
      expect(redacted.length).toBeLessThanOrEqual(500);
      expect(normalizeCode(code)).toBe(code);
    });
  });

  it('imports statutes: articles that fit the database, or a Chinese reason', () => {
    const statute = fc
      .array(
        fc.oneof(
          grammarText,
          fc.constantFrom('# 某某法', '## 第一章 总则', '第一条 为了…制定本法。', '第十条之一 ……', '第九十九亿条 太大', '2021年1月1日 施行', '\u0000', '<!-- x -->'),
        ),
        { maxLength: 30 },
      )
      .map((lines) => lines.join('\n'));
    property(fc.tuple(fc.oneof(statute, anyText), fc.option(fc.constantFrom('某某法.md', '', '😀.txt'), { nil: undefined })), ([text, file]) => {
      expectClear(parseStatute(text, file), (s) => {
        expect(s.title.length).toBeGreaterThan(0);
        for (const a of s.articles) {
          expect(Number.isInteger(a.article) && a.article > 0 && a.article <= PG_INT_MAX).toBe(true);
          expect(a.sub === null || (a.sub > 0 && a.sub <= PG_INT_MAX)).toBe(true);
          expect(a.text + a.chapter + s.title).not.toContain('\u0000');
        }
      });
    });
  });

  it('makes any text storable, changing nothing PostgreSQL can hold', () => {
    property(fc.oneof(anyText, binaryJunk(200)), (text) => {
      const s = storable(text);
      expect(s).not.toContain('\u0000');
      expect(s).toBe(Buffer.from(s, 'utf8').toString('utf8'));
      expect(storable(s)).toBe(s);
      if (!text.includes('\u0000') && text === Buffer.from(text, 'utf8').toString('utf8')) expect(s).toBe(text);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Through the whole bot: stored intact, handled, answered briefly in Chinese, nothing broken.

const PEOPLE = [
  { name: '王书记', role: 'admin' as const },
  { name: '李组长', role: 'chief' as const, grid: '上司村三组' },
  { name: '张网格', role: 'worker' as const, grid: '上司村三组' },
  { name: '李大姐', role: 'resident' as const, grid: '上司村三组' },
];
const GROUP = '上司村三组网格群';
const SENDERS = ['李组长', '张网格', '李大姐', '陌生人'] as const;
/** One WeChat message's worth: what the bot says back to one message stays within it. */
const SHORT = 1_500;
// The flood throttle allows 20 messages a minute from one sender: these arrive slower than that.
const GAP_MS = 4_000;

let h: Harness;
let closeHarness: () => Promise<void>;
let tablesBefore: string[];
let rosterBefore: unknown[];

const tables = async () =>
  (await queryRows<{ name: string }>(h.database.db, sql`select table_name as name from information_schema.tables where table_schema = current_schema() order by 1`)).map(
    (r) => r.name,
  );
const roster = () => h.database.db.select().from(members).where(sql`${members.name} <> '陌生人'`).orderBy(asc(members.id));

beforeAll(async () => {
  ({ h, close: closeHarness } = await openHarness(NOW));
  await h.seed(PEOPLE, [{ topic: GROUP, grid: '上司村三组', members: [...PEOPLE.map((p) => p.name), '陌生人'] }]);
  tablesBefore = await tables();
  rosterBefore = await roster();
}, 60_000);
afterAll(async () => {
  await closeHarness?.();
});

interface Sent {
  from: string;
  text: string;
  where: 'private' | 'group' | 'mention';
}

/** Says it, then checks the stored row, its status and what the sender was told. */
async function sendAndCheck({ from, text, where }: Sent): Promise<void> {
  await h.advanceTo(new Date(h.clock.now().getTime() + GAP_MS));
  const [last] = await h.database.db.select({ id: inboundMessages.id }).from(inboundMessages).orderBy(desc(inboundMessages.id)).limit(1);
  const sent = await h.say(from, text, where === 'private' ? {} : { room: GROUP, mention: where === 'mention' });
  const rows = await h.database.db
    .select()
    .from(inboundMessages)
    .where(gt(inboundMessages.id, last?.id ?? 0));
  expect(rows).toHaveLength(1);
  const row = rows[0]!;
  // In a group the WeChat client puts "@网格助手" + U+2005 in front of an @bot message.
  if (where === 'private') expect(row.text).toBe(storable(text));
  else expect(row.text.endsWith(storable(text))).toBe(true);
  expect([row.status, row.error]).toEqual(['handled', null]);
  const answers = sent.filter((s) => s.to === from || s.to === GROUP).map((s) => s.text ?? '');
  expect(answers.join('').length).toBeLessThanOrEqual(SHORT);
  for (const a of answers) expect(a).toMatch(HAN);
}

const sentArb = (text: fc.Arbitrary<string>) =>
  fc
    .record({
      from: fc.constantFrom(...SENDERS),
      // Group messages carry no '@': the mock client would turn '@name' into a real mention.
      text,
      where: fc.constantFrom('private' as const, 'group' as const, 'mention' as const),
    })
    .map((s) => (s.where === 'private' ? s : { ...s, text: s.text.replaceAll('@', '＠') }));

describe('through the whole bot', () => {
  it.each([
    ['50,000 characters', 'x'.repeat(50_000)],
    ['50,000 Chinese characters', '邻居家排水沟淹了我家地'.repeat(5_000).slice(0, 50_000)],
    ['a 50,000-character report', `【周报】网格:上司村三组 排查户数:72 ${'1. 类型:邻里;事由:吵架 '.repeat(5_000)}`.slice(0, 50_000)],
    ['binary junk with NUL', 'ab\u0000\u0001\u0002\u00ff\u0000c'],
    ['half a surrogate pair', '彩礼\uD800能要回来吗\uDC00'],
    ['emoji', EMOJI.join('')],
    ['zero-width characters around a command', `${ZERO_WIDTH.join('')}#帮助${ZERO_WIDTH.join('')}`],
    ['right-to-left marks', `${BIDI.join('')}#我的\u202E`],
    ...SQL.map((s) => [`SQL-looking text: ${s}`, s] as [string, string]),
    ['SQL in a command', "#统计 本月 '; drop table disputes; --"],
    ['SQL as an invite code', "#认领 ' or 1=1 --"],
    ['a report with thirty faulty disputes', `【周报】网格:上司村三组 排查户数:72 ${'1. 事由:吵架 '.repeat(30)}`],
    ['a report whose households overflow an integer', '【周报】网格:上司村三组 排查户数:99999999999 本周无矛盾纠纷'],
  ])('handles %s from every kind of sender', async (_name, text) => {
    // Privately or @bot in the group, alternately: both are answered.
    for (const [i, from] of SENDERS.entries()) await sendAndCheck({ from, text, where: i % 2 ? 'private' : 'mention' });
  });

  it('handles numbers that would overflow the database in admin commands', async () => {
    for (const text of ['#定时 暂停 99999999999999', '#定时 删除 2147483648', '#普法 预览 p9999999', '#进展 SS-2026-99999999999 已化解']) {
      await sendAndCheck({ from: '王书记', text, where: 'private' });
    }
  });

  it('handles any message, stored intact and answered briefly in Chinese', async () => {
    await fc.assert(fc.asyncProperty(sentArb(anyText), sendAndCheck), { numRuns: 200 });
  });

  it('handles long pastes', async () => {
    await fc.assert(fc.asyncProperty(sentArb(longText), sendAndCheck), { numRuns: 12 });
  });

  it('leaves every table and the roster as they were', async () => {
    expect(await tables()).toEqual(tablesBefore);
    expect(await roster()).toEqual(rosterBefore);
    for (const t of tablesBefore) {
      const [row] = await queryRows<{ n: number }>(h.database.db, sql.raw(`select count(*)::int as n from "${t}"`));
      expect(row!.n).toBeGreaterThanOrEqual(0);
    }
    const [stored] = await queryRows<{ n: number }>(h.database.db, sql`select count(*)::int as n from inbound_messages`);
    expect(stored!.n).toBeGreaterThan(200);
  });
});
