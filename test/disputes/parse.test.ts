import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/core/time.js';
import { findCode, formatCode, parsePeriod } from '../../src/disputes/index.js';
import { parseAssignText, parseFollowup, parseProgress } from '../../src/disputes/commands-parse.js';
import { checkTransition } from '../../src/disputes/transitions.js';
import { NOW } from './support.js';

const TZ = 'Asia/Shanghai';

describe('codes', () => {
  it.each([
    ['SS-2026-0007 已化解', 'SS-2026-0007', '已化解'],
    ['ss-2026-7', 'SS-2026-0007', ''],
    ['ＳＳ－２０２６－００１２ 满意', 'SS-2026-0012', '满意'],
    ['看看 SS 2026 0003', 'SS-2026-0003', '看看'],
    ['SS-2026-12345', 'SS-2026-12345', ''],
  ])('reads %s', (text, code, rest) => {
    expect(findCode(text)).toEqual({ code, rest });
  });

  it('finds nothing in text without a code', () => {
    expect(findCode('已化解 方式:人民调解')).toBeNull();
    expect(formatCode('SS', 2026, 7)).toBe('SS-2026-0007');
  });
});

describe('parseProgress', () => {
  it.each([
    ['已化解 方式:人民调解 双方签了协议', { to: 'resolved', method: '人民调解', note: '双方签了协议' }],
    ['化解中', { to: 'in_progress', method: null, note: null }],
    ['未化解 对方不在家', { to: 'pending', method: null, note: '对方不在家' }],
    ['转派出所', { to: 'escalated', word: '转派出所', note: null }],
    ['状态：已调解，方式：行政调解', { to: 'resolved', method: '行政调解' }],
    ['备注:已电话联系', { to: null, note: '已电话联系' }],
    ['重新打开 又吵起来了', { to: 'in_progress', note: '又吵起来了' }],
  ])('reads %s', (text, expected) => {
    const r = parseProgress(text);
    expect(r.ok && r.value).toMatchObject(expected);
  });

  it('asks for something when nothing is given', () => {
    expect(parseProgress('  ').ok).toBe(false);
  });
});

describe('parseFollowup', () => {
  it.each([['满意', '满意'], ['基本满意 还行', '基本满意'], ['不满意 赔偿没到位', '不满意']] as const)('reads %s', (text, s) => {
    const r = parseFollowup(text);
    expect(r.ok && r.value.satisfaction).toBe(s);
  });
  it('rejects other words', () => expect(parseFollowup('挺好').ok).toBe(false));
});

describe('parseAssignText', () => {
  const due = (text: string) => {
    const r = parseAssignText(text, NOW, TZ);
    return r.ok ? [r.value.deadline && formatDate(r.value.deadline, TZ), r.value.who] : r.problems[0]!.field;
  };
  it.each([
    [' 3天', ['2026-12-05', null]],
    ['司法所 三天内', ['2026-12-05', '司法所']],
    ['交给 派出所 1周', ['2026-12-09', '派出所']],
    ['赵调解员 12月20日前', ['2026-12-20', '赵调解员']],
    ['司法所 2027-01-05', ['2027-01-05', '司法所']],
    ['司法所 1月5日', ['2027-01-05', '司法所']],
    ['司法所', [null, '司法所']],
    ['交给司法所处理 3天', ['2026-12-05', '司法所']],
    ['张三调解 3天', ['2026-12-05', '张三']],
    ['人民调解 3天', ['2026-12-05', '人民调解']],
    ['由村委会行政调解', [null, '村委会行政调解']],
    ['调解 3天', ['2026-12-05', null]],
  ])('reads %s', (text, expected) => {
    expect(due(text)).toEqual(expected);
  });

  it('refuses a deadline in the past or nonsense', () => {
    expect(due('司法所 2026-11-30')).toBe('deadline');
    expect(due('司法所 13月40日')).toBe('deadline');
    expect(due('司法所 0天')).toBe('deadline');
  });
});

describe('parsePeriod', () => {
  const span = (text: string) => {
    const r = parsePeriod(text, NOW, TZ);
    if (!r) return null;
    if (!r.ok) return 'error';
    return [r.value.from && formatDate(r.value.from, TZ), r.value.to && formatDate(new Date(r.value.to.getTime() - 1), TZ)];
  };
  it.each([
    ['本周', ['2026-11-30', '2026-12-06']],
    ['上周', ['2026-11-23', '2026-11-29']],
    ['本月', ['2026-12-01', '2026-12-31']],
    ['本年', ['2026-01-01', '2026-12-31']],
    ['全部', [null, null]],
    ['2026-01-01至2026-06-30', ['2026-01-01', '2026-06-30']],
    ['1月1日至6月30日', ['2026-01-01', '2026-06-30']],
    ['2025年11月1日到2026年1月31日', ['2025-11-01', '2026-01-31']],
    ['1月至3月', ['2026-01-01', '2026-03-31']],
    ['6月', ['2026-06-01', '2026-06-30']],
  ])('reads %s', (text, expected) => {
    expect(span(text)).toEqual(expected);
  });

  it('says when a range is wrong and ignores words that are no period', () => {
    expect(span('6月30日至1月1日')).toBe('error');
    expect(span('2月30日至3月1日')).toBe('error');
    expect(span('上司村')).toBeNull();
  });
});

describe('transitions', () => {
  it('follows pending → in_progress → resolved | escalated, with reopen', () => {
    expect(checkTransition('pending', 'in_progress')).toEqual({ ok: true, value: 'status' });
    expect(checkTransition('in_progress', 'escalated')).toEqual({ ok: true, value: 'status' });
    expect(checkTransition('resolved', 'in_progress')).toEqual({ ok: true, value: 'reopen' });
    expect(checkTransition('escalated', 'in_progress')).toEqual({ ok: true, value: 'reopen' });
    expect(checkTransition('resolved', 'resolved')).toEqual({ ok: true, value: 'note' });
    expect(checkTransition('in_progress', 'pending').ok).toBe(false);
    expect(checkTransition('resolved', 'escalated').ok).toBe(false);
  });
});

describe('robustness', () => {
  const pieces = ['SS-2026-0001', 'ss', '-', '已化解', '化解中', '方式:', '备注：', '至', '到', '1月', '30日', '2026-', '天', '周',
    '@', '司法所', ' ', '\u2005', '２', '十', '满意', 'valueOf', '__proto__', 'constructor', '😀', '\u0000'];
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join('')),
  );

  it('no command parser throws on any input', () => {
    fc.assert(fc.property(text, (s) => {
      findCode(s);
      expect(typeof parseProgress(s).ok).toBe('boolean');
      expect(typeof parseFollowup(s).ok).toBe('boolean');
      expect(typeof parseAssignText(s, NOW, TZ).ok).toBe('boolean');
      const p = parsePeriod(s, NOW, TZ);
      expect(p === null || typeof p.ok === 'boolean').toBe(true);
    }), { numRuns: 5000 });
  });

  it('a 10,000-character paste is read quickly', () => {
    const long = '已化解 '.repeat(1500) + '方式:' + 'x'.repeat(1000);
    const started = performance.now();
    expect(parseProgress(long).ok).toBe(true);
    parseAssignText(long, NOW, TZ);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
