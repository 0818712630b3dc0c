import { describe, expect, it } from 'vitest';
import { logAsText, textLine } from '../../src/kernel/log-console.js';

// 2026-12-07 01:15:03 UTC is 09:15:03 in Shanghai.
const AT = Date.UTC(2026, 11, 7, 1, 15, 3);
const line = (fields: Record<string, unknown>) => JSON.stringify({ level: 30, time: AT, ...fields });

describe('the console on a terminal', () => {
  it.each([
    [
      'a known English message, in Chinese, with its figures',
      line({ db: 'pglite', ms: 1480, msg: 'gridbot ready' }),
      '12-07 09:15:03 信息 机器人已启动，开始工作（db=pglite，ms=1480）',
    ],
    [
      'a Chinese warning as it is',
      JSON.stringify({ level: 40, time: AT, event: 'db_unreachable', msg: '连不上数据库' }),
      '12-07 09:15:03 警告 连不上数据库（event=db_unreachable）',
    ],
    ['nested figures as JSON', line({ health: { uptimeS: 60 }, msg: 'health' }), '12-07 09:15:03 信息 运行状况（health={"uptimeS":60}）'],
    ['an error, a message not in the list', JSON.stringify({ level: 50, time: AT, err: 'boom', msg: 'something new' }), '12-07 09:15:03 错误 something new（err=boom）'],
    ['a line that is not JSON', 'plain text\n', 'plain text'],
  ])('%s', (_what, json, expected) => expect(textLine(json, 'Asia/Shanghai')).toBe(expected));

  it('follows TZ', () => expect(textLine(line({ msg: 'stopping' }), 'Asia/Urumqi')).toBe('12-07 07:15:03 信息 正在停止'));

  it.each([
    ['auto', true, true],
    ['auto', false, false],
    ['auto', undefined, false],
    ['json', true, false],
    ['text', false, true],
  ] as const)('LOG_FORMAT=%s on a terminal=%s: text %s', (format, tty, text) => expect(logAsText(format, tty)).toBe(text));
});
