import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseReportJsonl } from '../../src/grammar/jsonl.js';

async function run(input: string): Promise<string[]> {
  const source = new PassThrough();
  const sink = new PassThrough();
  let written = '';
  sink.on('data', (chunk: Buffer) => {
    written += chunk.toString('utf8');
  });
  source.end(input);
  await parseReportJsonl(source, sink);
  return written.split('\n').slice(0, -1);
}

describe('parseReportJsonl', () => {
  it('writes one line per input line with keys in the order id, ok, report, errors', async () => {
    const lines = await run(`${JSON.stringify({ id: 'r1', text: '【周报】网格:上司村三组 排查户数:70 本周无矛盾纠纷' })}\n`);
    expect(lines).toEqual(['{"id":"r1","ok":true,"report":{"grid":"上司村三组","households":70,"nil":true,"disputes":[]},"errors":[]}']);
  });

  it('writes dispute fields in the contract order', async () => {
    const text = '【周报】\n网格:上司村三组\n排查户数:72\n纠纷:1件\n1. 类型:邻里;当事人:张某某、李某某;事由:排水沟堵塞引发争吵;状态:已化解;方式:人民调解';
    const [line] = await run(JSON.stringify({ id: 'r2', text }));
    expect(line).toBe(
      '{"id":"r2","ok":true,"report":{"grid":"上司村三组","households":72,"nil":false,"disputes":[' +
        '{"category":"neighbor","parties":["张某某","李某某"],"summary":"排水沟堵塞引发争吵","status":"resolved","risks":[],"method":"人民调解"}' +
        ']},"errors":[]}',
    );
  });

  it('answers a malformed line with an "input" error and goes on', async () => {
    const lines = await run(['{"id":"a","text":"你好"}', '{not json', '', '{"id":"b"}', '["x"]', '{"id":"c","text":"#周报 网格:甲乙村一组 走访:12 零报告"}'].join('\n'));
    expect(lines).toHaveLength(6);
    const parsed = lines.map((l) => JSON.parse(l) as { id: unknown; ok: boolean; errors: { field: string }[] });
    expect(parsed.map((p) => [p.id, p.ok, p.errors.map((e) => e.field)])).toEqual([
      ['a', false, ['header']],
      [null, false, ['input']],
      [null, false, ['input']],
      ['b', false, ['input']],
      [null, false, ['input']],
      ['c', true, []],
    ]);
    expect(JSON.parse(lines[1]!)).toEqual({
      id: null,
      ok: false,
      report: { grid: null, households: null, nil: false, disputes: [] },
      errors: [{ dispute: null, field: 'input', message: expect.any(String) }],
    });
  });

  it('reads CRLF input and a byte-order mark', async () => {
    const lines = await run(`\uFEFF${JSON.stringify({ id: 1, text: '#周报 网格:甲乙村一组 走访:12 零报告' })}\r\n`);
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: 1, ok: true });
  });
});
