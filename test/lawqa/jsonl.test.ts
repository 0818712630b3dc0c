import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/lawqa/ask.js';
import { askJsonl } from '../../src/lawqa/jsonl.js';
import { miniRetriever } from './fixtures.js';

async function run(lines: string[]): Promise<{ count: number; out: Record<string, unknown>[] }> {
  const deps = { retriever: miniRetriever() };
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const count = await askJsonl(Readable.from(lines.map((l) => `${l}\n`)), output, (q) => askQuestion(q, deps));
  const out = chunks
    .join('')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { count, out };
}

describe('askJsonl', () => {
  it('writes one answer per question, in order, with citations best first', async () => {
    const { count, out } = await run([
      JSON.stringify({ id: 'q1', question: '男人打我想离婚，法院能判吗' }),
      '',
      JSON.stringify({ id: 'q2', question: '有人收银行卡，卖给他犯法吗' }),
    ]);
    expect(count).toBe(2);
    expect(out.map((o) => o.id)).toEqual(['q1', 'q2']);
    expect(Object.keys(out[0]!).sort()).toEqual(['answer', 'citations', 'id', 'mode', 'outOfScope', 'urgent']);
    expect((out[0]!.citations as unknown[])[0]).toEqual({ law: '中华人民共和国民法典', article: 1079 });
    expect((out[1]!.citations as unknown[])[0]).toEqual({ law: '中华人民共和国刑法', article: 287, sub: 2 });
    expect(out[0]).toMatchObject({ outOfScope: false, urgent: false, mode: 'retrieval' });
  });

  it('reports a bad line and goes on', async () => {
    const { count, out } = await run(['not json', JSON.stringify({ id: 7 }), JSON.stringify({ id: 'ok', question: '借条没写利息要给吗' })]);
    expect(count).toBe(1);
    expect(out[0]).toMatchObject({ id: null, error: expect.stringContaining('第1行') });
    expect(out[1]).toMatchObject({ id: 7, error: expect.stringContaining('第2行') });
    expect(out[2]).toMatchObject({ id: 'ok', outOfScope: false });
  });
});
