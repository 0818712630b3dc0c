import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/kernel/time.js';
import { parsePeriod } from '../../src/summary/index.js';
import { findCode, formatCode } from '../../src/ledger/index.js';
import { parseAssignText, parseFollowup, parseProgress } from '../../src/disputes/commands-parse.js';
import { checkTransition } from '../../src/ledger/transitions.js';
import { NOW } from './support.js';
import { createCalendar } from '../../src/kernel/calendar.js';
import { realClock } from '../../src/kernel/clock.js';

const TZ = 'Asia/Shanghai';
const CAL = createCalendar(realClock(), TZ);

describe('codes', () => {
  it.each([
    ['SS-2026-0007 已化解', 'SS-2026-0007', '已化解'],
    ['ss-2026-7', 'SS-2026-0007', ''],
    ['ＳＳ－２０２６－００１２ 满意', 'SS-2026-0012', '满意'],
    ['看看 SS 2026 0003', 'SS-2026-0003', '看看'],
    ['SS-2026-12345', 'SS-2026-12345', ''],
  ])('reads %s', (text, code, rest) => {
    expect(findCode(text)).toEqual({ code, rest, yearAssumed: false });
  });

  // Written short on a phone: only right after the command word, and a number alone is this year's.
  const THIS_YEAR = { prefix: 'SS', year: 2026 };
  it.each([
    ['ss20260007 化解中', 'SS-2026-0007', '化解中', false],
    ['SS2026-7', 'SS-2026-0007', '', false],
    ['2026-7 化解中', 'SS-2026-0007', '化解中', false],
    ['2025年第12号 满意', 'SS-2025-0012', '满意', false],
    ['7号 调解好了', 'SS-2026-0007', '调解好了', true],
    ['7号调解好了', 'SS-2026-0007', '调解好了', true],
    ['第7号 化解中', 'SS-2026-0007', '化解中', true],
    ['第七号', 'SS-2026-0007', '', true],
    ['0007 满意', 'SS-2026-0007', '满意', true],
    ['７ 满意', 'SS-2026-0007', '满意', true],
    ['12，已化解', 'SS-2026-0012', '，已化解', true],
  ] as const)('reads the short %s', (text, code, rest, yearAssumed) => {
    expect(findCode(text, THIS_YEAR)).toEqual({ code, rest, yearAssumed });
  });

  it.each(['3天 司法所', '已化解 7号', '2026-12-10 已化解', '七 已化解', '12月10日'])('takes no code out of %s', (text) => {
    expect(findCode(text, THIS_YEAR)).toBeNull();
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
    // As said aloud: lead-ins, the aspect 了, negation, handing to a body, particles.
    ['已经化解', { to: 'resolved', note: null }],
    ['已经调解好了', { to: 'resolved', note: null }],
    ['双方签了协议', { to: 'resolved', word: '签了协议', note: null }],
    ['还在调', { to: 'in_progress', note: null }],
    ['目前还在协调，下周再约', { to: 'in_progress', note: '下周再约' }],
    ['没谈拢', { to: 'pending', word: '没谈拢', note: null }],
    ['双方还没谈拢 对方要价太高', { to: 'pending', word: '双方还没谈拢', note: '对方要价太高' }],
    ['没调解好', { to: 'pending', word: '没调解好' }],
    ['交司法所', { to: 'escalated', word: '交司法所' }],
    ['已移送县法院', { to: 'escalated', word: '移送县法院' }],
    ['转派出所了', { to: 'escalated', word: '转派出所', note: null }],
    ['移交派出所处理', { to: 'escalated', word: '移交派出所处理', note: null }],
    ['调解好了，双方握手言和', { to: 'resolved', note: '双方握手言和' }],
    ['，已化解，方式:人民调解，赔了500元', { to: 'resolved', method: '人民调解', note: '赔了500元' }],
    ['搞定了', { to: 'resolved' }],
    ['今天去了两家都不在', { to: null, note: '今天去了两家都不在' }],
    ['双方都不同意', { to: null, note: '双方都不同意' }],
    ['已了结', { to: 'resolved' }],
  ])('reads %s', (text, expected) => {
    const r = parseProgress(text);
    expect(r.ok && r.value).toMatchObject(expected);
  });

  it('asks for something when nothing is given', () => {
    expect(parseProgress('  ').ok).toBe(false);
  });
});

describe('parseFollowup', () => {
  it.each([
    ['满意', '满意', null],
    ['基本满意 还行', '基本满意', '还行'],
    ['不满意 赔偿没到位', '不满意', '赔偿没到位'],
    ['很满意', '满意', null],
    ['挺满意的', '满意', null],
    ['还可以吧', '基本满意', null],
    ['还算满意', '基本满意', null],
    ['不太满意，觉得赔少了', '不满意', '觉得赔少了'],
    ['不怎么满意', '不满意', null],
    ['满意度：基本满意', '基本满意', null],
    ['群众满意', '满意', null],
    ['双方都表示满意 已和好', '满意', '已和好'],
    ['当事人不满意', '不满意', null],
  ] as const)('reads %s', (text, s, note) => {
    const r = parseFollowup(text);
    expect(r.ok && [r.value.satisfaction, r.value.note]).toEqual([s, note]);
  });
  it.each(['挺好', '张某满意，李某不满意', '双方', '没见到人'])('asks again for %s', (text) => expect(parseFollowup(text).ok).toBe(false));
});

describe('parseAssignText', () => {
  const due = (text: string) => {
    const r = parseAssignText(text, NOW, CAL);
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
    // Deadlines as written on a phone (today is Wednesday 2026-12-02).
    ['赵调解员 下周五前', ['2026-12-11', '赵调解员']],
    ['赵调解员 周五前', ['2026-12-04', '赵调解员']],
    ['赵调解员 星期一', ['2026-12-07', '赵调解员']],
    ['赵调解员 明天', ['2026-12-03', '赵调解员']],
    ['派出所 月底', ['2026-12-31', '派出所']],
    ['村调委会 下个月底前', ['2027-01-31', '村调委会']],
    ['司法所 年底前', ['2026-12-31', '司法所']],
    ['司法所 10号前', ['2026-12-10', '司法所']],
    ['司法所 十号', ['2026-12-10', '司法所']],
    ['司法所 20日前', ['2026-12-20', '司法所']],
    ['司法所 5日内', ['2026-12-07', '司法所']],
    ['司法所 12月10号前', ['2026-12-10', '司法所']],
    ['交给赵调解员，5天内办好', ['2026-12-07', '赵调解员']],
    ['交镇司法所处理，限10天', ['2026-12-12', '镇司法所']],
    ['赵调解员 在下周五之前办结', ['2026-12-11', '赵调解员']],
    ['赵调解员、王网格员 3天', ['2026-12-05', '赵调解员、王网格员']],
  ])('reads %s', (text, expected) => {
    expect(due(text)).toEqual(expected);
  });

  it('refuses a deadline in the past or nonsense', () => {
    expect(due('司法所 2026-11-30')).toBe('deadline');
    expect(due('司法所 13月40日')).toBe('deadline');
    expect(due('司法所 0天')).toBe('deadline');
    // A date just gone is a slip, not next year's (1月5日 written in December is next year's).
    expect(due('司法所 11月30日前')).toBe('deadline');
    expect(due('司法所 本周一前')).toBe('deadline');
  });

  it('asks back when a deadline could mean two days', () => {
    const ask = (text: string) => {
      const r = parseAssignText(text, NOW, CAL);
      return r.ok ? null : r.problems[0]!.message;
    };
    expect(ask('司法所 5日')).toBe('“5日”是5天内，还是5号前？请写 5天内 或 12月5日前');
    expect(ask('司法所 1号前')).toBe('本月1号已经过了。是1月1号吗？请写明月份，如 1月1日，或写几天内，如 3天');
  });
});

describe('parsePeriod', () => {
  const span = (text: string) => {
    const r = parsePeriod(text, NOW, CAL);
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
    ['本季度', ['2026-10-01', '2026-12-31']],
    ['上个季度', ['2026-07-01', '2026-09-30']],
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
  const pieces = [
    'SS-2026-0001',
    'ss',
    '-',
    '已化解',
    '化解中',
    '方式:',
    '备注：',
    '至',
    '到',
    '1月',
    '30日',
    '2026-',
    '天',
    '周',
    '@',
    '司法所',
    ' ',
    '\u2005',
    '２',
    '十',
    '满意',
    'valueOf',
    '__proto__',
    'constructor',
    '😀',
    '\u0000',
  ];
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join('')),
  );

  it('no command parser throws on any input', () => {
    fc.assert(
      fc.property(text, (s) => {
        findCode(s);
        expect(typeof parseProgress(s).ok).toBe('boolean');
        expect(typeof parseFollowup(s).ok).toBe('boolean');
        expect(typeof parseAssignText(s, NOW, CAL).ok).toBe('boolean');
        const p = parsePeriod(s, NOW, CAL);
        expect(p === null || typeof p.ok === 'boolean').toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  // A pattern that backtracks without end would hold this test past vitest's timeout; speed itself is `npm run bench`'s.
  it('a 10,000-character paste is read', () => {
    const long = `${'已化解 '.repeat(1500)}方式:${'x'.repeat(1000)}`;
    expect(parseProgress(long).ok).toBe(true);
    expect(parseAssignText(long, NOW, CAL).ok).toBe(true);
  });
});
