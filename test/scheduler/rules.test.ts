import { describe, expect, it } from 'vitest';
import { formatLocal, fromLocal } from '../../src/kernel/time.js';
import { looksLikeCron, parseCron } from '../../src/scheduler/cron.js';
import { describeRule, nextFireTimes, ruleSchema, type Rule } from '../../src/scheduler/rules.js';

const t = (hour: number, minute = 0) => ({ hour, minute });
const NOW = new Date('2026-12-02T02:00:00Z'); // 2026-12-02 周三 10:00
const fmt = (ds: Date[]) => ds.map((d) => formatLocal(d, 'Asia/Shanghai'));

describe('nextFireTimes', () => {
  it('is strictly after the given instant', () => {
    const at20 = fromLocal({ year: 2026, month: 12, day: 2, hour: 20 }, 'Asia/Shanghai');
    expect(fmt(nextFireTimes({ kind: 'daily', time: t(20) }, at20, 2))).toEqual(['2026-12-03 周四 20:00', '2026-12-04 周五 20:00']);
    const justBefore = new Date(at20.getTime() - 1);
    expect(nextFireTimes({ kind: 'daily', time: t(20) }, justBefore, 1)[0]).toEqual(at20);
  });

  it('skips weekends for workdays', () => {
    const fri = fromLocal({ year: 2026, month: 12, day: 4, hour: 12 }, 'Asia/Shanghai');
    expect(fmt(nextFireTimes({ kind: 'workdays', time: t(9) }, fri, 2))).toEqual(['2026-12-07 周一 09:00', '2026-12-08 周二 09:00']);
  });

  it('fires once only, and never when the moment is past', () => {
    const rule: Rule = { kind: 'once', at: '2026-12-04T01:00:00.000Z' };
    expect(fmt(nextFireTimes(rule, NOW, 3))).toEqual(['2026-12-04 周五 09:00']);
    expect(nextFireTimes(rule, new Date('2026-12-05T00:00:00Z'), 3)).toEqual([]);
  });

  it('fires monthly on day 31 only in months that have it', () => {
    const got = fmt(nextFireTimes({ kind: 'monthly', day: 31, time: t(9) }, NOW, 7));
    expect(got.map((s) => s.slice(0, 10))).toEqual(['2026-12-31', '2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31', '2027-08-31', '2027-10-31']);
  });

  it('follows month lengths for the last day', () => {
    const got = fmt(nextFireTimes({ kind: 'monthly', day: 'last', time: t(9) }, new Date('2027-12-15T00:00:00Z'), 4));
    expect(got.map((s) => s.slice(0, 10))).toEqual(['2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31']);
  });

  it('returns nothing for a count of zero or a broken cron', () => {
    expect(nextFireTimes({ kind: 'daily', time: t(9) }, NOW, 0)).toEqual([]);
    expect(nextFireTimes({ kind: 'cron', expr: '61 * * * *' }, NOW, 3)).toEqual([]);
  });

  it('reads cron against local time in another zone too', () => {
    const got = nextFireTimes({ kind: 'cron', expr: '0 9 * * *' }, NOW, 1, 'UTC');
    expect(got[0]!.toISOString()).toBe('2026-12-02T09:00:00.000Z');
  });

  it('gives several times a day for cron', () => {
    expect(fmt(nextFireTimes({ kind: 'cron', expr: '0,30 10-11 * * *' }, NOW, 4))).toEqual([
      '2026-12-02 周三 10:30',
      '2026-12-02 周三 11:00',
      '2026-12-02 周三 11:30',
      '2026-12-03 周四 10:00',
    ]);
  });

  it('matches either day field when both are restricted, as classic cron does', () => {
    // the 1st of the month or any Friday
    const got = fmt(nextFireTimes({ kind: 'cron', expr: '0 9 1 * 5' }, NOW, 4)).map((s) => s.slice(0, 10));
    expect(got).toEqual(['2026-12-04', '2026-12-11', '2026-12-18', '2026-12-25']);
    const jan = fmt(nextFireTimes({ kind: 'cron', expr: '0 9 1 * 5' }, new Date('2026-12-26T00:00:00Z'), 2));
    expect(jan).toEqual(['2027-01-01 周五 09:00', '2027-01-08 周五 09:00']);
  });

  it('finds a rare cron day years ahead', () => {
    const got = nextFireTimes({ kind: 'cron', expr: '0 0 29 2 *' }, NOW, 1);
    expect(formatLocal(got[0]!, 'Asia/Shanghai')).toBe('2028-02-29 周二 00:00');
  });
});

describe('cron parsing', () => {
  it.each(['0 20 * * 3', '*/15 8-18 * * 1-5', '0 9 1,15 * *', '0 9 * jan-mar sun', '0 0 * * 7'])('accepts %s', (expr) => {
    expect(looksLikeCron(expr)).toBe(true);
    expect(parseCron(expr).ok).toBe(true);
  });

  it.each(['60 * * * *', '* 24 * * *', '0 0 0 * *', '0 0 * 13 *', '0 0 * * 8', '0 9 5-1 * *', '*/0 * * * *', '0 9 * *'])('refuses %s', (expr) =>
    expect(parseCron(expr).ok).toBe(false),
  );

  it('treats 0 and 7 as Sunday', () => {
    const a = parseCron('0 9 * * 0');
    const b = parseCron('0 9 * * 7');
    expect(a.ok && [...a.value.weekdays]).toEqual([7]);
    expect(b.ok && [...b.value.weekdays]).toEqual([7]);
  });

  it('does not take Chinese words for cron', () => expect(looksLikeCron('每周 三 20 00 群')).toBe(false));
});

describe('describeRule', () => {
  it.each<[Rule, string]>([
    [{ kind: 'daily', time: t(20) }, '每天 20:00'],
    [{ kind: 'workdays', time: t(8, 30) }, '工作日（周一至周五）08:30'],
    [{ kind: 'weekly', weekdays: [3], time: t(20) }, '每周三 20:00'],
    [{ kind: 'weekly', weekdays: [5, 1, 3], time: t(20) }, '每周一、三、五 20:00'],
    [{ kind: 'weekly', weekdays: [1, 2, 3, 4, 5, 7], time: t(9) }, '每周一至五、日 09:00'],
    [{ kind: 'weekly', weekdays: [6, 7], time: t(10) }, '每周六、日 10:00'],
    [{ kind: 'monthly', day: 1, time: t(9) }, '每月1号 09:00'],
    [{ kind: 'monthly', day: 31, time: t(9) }, '每月31号 09:00（没有31号的月份不发）'],
    [{ kind: 'monthly', day: 'last', time: t(18) }, '每月最后一天 18:00'],
    [{ kind: 'once', at: '2026-12-04T01:00:00.000Z' }, '2026-12-04 周五 09:00（只发一次）'],
    [{ kind: 'cron', expr: ' 0  20 * * 3' }, '按 cron 表达式“0 20 * * 3”'],
  ])('describes %j as %s', (rule, words) => expect(describeRule(rule)).toBe(words));
});

describe('ruleSchema', () => {
  it('round-trips rules through JSON', () => {
    const rules: Rule[] = [
      { kind: 'weekly', weekdays: [1, 3], time: t(20) },
      { kind: 'monthly', day: 'last', time: t(9) },
      { kind: 'once', at: '2026-12-04T01:00:00.000Z' },
      { kind: 'cron', expr: '0 20 * * 3' },
    ];
    for (const r of rules) expect(ruleSchema.parse(JSON.parse(JSON.stringify(r)))).toEqual(r);
  });

  it.each([
    { kind: 'daily', time: { hour: 24, minute: 0 } },
    { kind: 'weekly', weekdays: [], time: { hour: 9, minute: 0 } },
    { kind: 'monthly', day: 0, time: { hour: 9, minute: 0 } },
    { kind: 'cron', expr: 'every day' },
    { kind: 'yearly' },
  ])('rejects %j', (raw) => expect(ruleSchema.safeParse(raw).success).toBe(false));
});
