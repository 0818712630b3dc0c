import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalLawqa } from '../../src/lawqa/index.js';
import { MINI_CIVIL, MINI_CRIMINAL } from './fixtures.js';

const CIVIL = '中华人民共和国民法典';
let dir: string;

const item = (id: string, category: string, question: string, expected: object[], urgent?: boolean) =>
  JSON.stringify({ id, category, question, expected, ...(urgent ? { urgent } : {}) });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gridbot-eval-'));
  mkdirSync(join(dir, 'laws'));
  writeFileSync(join(dir, 'laws', '中华人民共和国民法典.md'), MINI_CIVIL);
  writeFileSync(join(dir, 'laws', '中华人民共和国刑法.md'), MINI_CRIMINAL);
  writeFileSync(
    join(dir, 'good.jsonl'),
    [
      item('a', '婚姻家庭', '男人喝了酒就打人，想离婚他不同意咋办', [{ law: CIVIL, article: 1079 }]),
      item('b', '邻里', '邻居把排水沟堵了，雨水灌进俺家院子', [{ law: CIVIL, article: 290 }]),
      item('c', '超出范围', '明天会下雨不', []),
      item('d', '婚姻家庭', '他拿着刀在门口说今晚要砍死我', [], true),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'stard.jsonl'),
    [
      item('stard-1', 'STARD', '借款合同没有约定利息的，出借人能主张利息吗？', [{ law: CIVIL, article: 680 }]),
      item('stard-2', 'STARD', '相邻一方因通行必须经过邻居土地的，邻居能拒绝吗？', [{ law: CIVIL, article: 291 }]),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'bad.jsonl'), item('x', '经济', '借条上没写利息，他要我给利息', [{ law: CIVIL, article: 1260 }]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('evalLawqa (npm run eval:lawqa)', () => {
  it('imports into a temporary database, answers through the ask path and prints every measure', async () => {
    const lines: string[] = [];
    const ok = await evalLawqa({
      lawsDir: join(dir, 'laws'),
      devFile: join(dir, 'good.jsonl'),
      stardFile: join(dir, 'stard.jsonl'),
      rounds: 2,
      at: new Date(),
      print: (l) => lines.push(l),
    });
    const out = lines.join('\n');
    expect(out).toContain('条文 6 条');
    expect(out).toContain('hit@1 100.0%  hit@3 100.0%  recall@3 100.0%  没找到依据误拒 0.0%  超范围准确率 100.0%');
    expect(out).toMatch(/朴素基线（同一次运行）：hit@1 [\d.]+% {2}hit@3 [\d.]+% {2}recall@3 [\d.]+%/);
    expect(out).toContain('✓ hit@3 不低于朴素基线');
    expect(out).toMatch(/紧急召回 100\.0%.*引用存在 100\.0%.*延迟 p50 [\d.]+ ms {2}p99 [\d.]+ ms/);
    expect(out).toMatch(/整条 ask 路径.*p99 [\d.]+ ms/);
    // The STARD-like set: ours beside the baseline on its tune and held-out parts, no floors of its own.
    expect(out).toMatch(/== .*stard\.jsonl[\s\S]*hit@3 100\.0%[\s\S]*调参部分（2 题）：hit@3 100\.0%，基线 [\d.]+%/);
    expect(out.match(/✗.*/g) ?? []).toEqual([]);
    expect(ok).toBe(true);
  }, 60_000);

  it('fails when a goal is missed, and when the statutes are missing', async () => {
    const lines: string[] = [];
    expect(await evalLawqa({ lawsDir: join(dir, 'laws'), devFile: join(dir, 'bad.jsonl'), stardFile: null, rounds: 1, at: new Date(), print: (l) => lines.push(l) })).toBe(false);
    expect(lines.join('\n')).toContain('✗ hit@3 ≥ 85%');
    expect(await evalLawqa({ lawsDir: join(dir, 'none'), devFile: join(dir, 'good.jsonl'), stardFile: null, at: new Date(), print: (l) => lines.push(l) })).toBe(false);
    expect(lines.at(-1)).toContain('找不到');
  }, 60_000);
});
