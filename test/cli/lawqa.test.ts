import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_CIVIL, MINI_CRIMINAL } from '../lawqa/fixtures.js';
import { runGridbot } from '../support/cli.js';

const CIVIL = '中华人民共和国民法典';

let dir: string;

/** The real CLI in a scratch folder, with the test's statutes as LAWS_DIR. */
const gridbot = (args: string[], stdin: string) => runGridbot(args, { cwd: dir, dataDir: join(dir, 'data'), stdin, env: { LAWS_DIR: join(dir, 'laws') } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gridbot-ask-'));
  mkdirSync(join(dir, 'laws'));
  writeFileSync(join(dir, 'laws', '中华人民共和国民法典.md'), MINI_CIVIL);
  writeFileSync(join(dir, 'laws', '中华人民共和国刑法.md'), MINI_CRIMINAL);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gridbot ask --jsonl', () => {
  it('imports LAWS_DIR at start and answers each line in the contract shape, in order', async () => {
    const input = [
      { id: 'q1', question: '男人喝了酒就打人，想离婚他不同意咋办' },
      { id: 2, question: '明天天气咋样' },
      { id: 'q3', question: '有人高价收银行卡，把卡卖给他犯法不' },
      { id: 'q4', question: '他拿着刀在门口说今晚要砍死我' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const run = await gridbot(['ask', '--jsonl'], `${input}\nnot json\n`);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['q1', 2, 'q3', 'q4', null]);
    for (const line of lines.slice(0, 4)) {
      expect(Object.keys(line)).toEqual(['id', 'answer', 'citations', 'outOfScope', 'urgent', 'mode']);
      expect(typeof line.answer).toBe('string');
      expect(line.mode).toBe('retrieval');
    }
    const [q1, q2, q3, q4, bad] = lines;
    expect((q1!.citations as unknown[])[0]).toEqual({ law: CIVIL, article: 1079 });
    expect(q1).toMatchObject({ outOfScope: false, urgent: false });
    expect(q2).toMatchObject({ citations: [], outOfScope: true, urgent: false });
    expect((q3!.citations as unknown[])[0]).toEqual({ law: '中华人民共和国刑法', article: 287, sub: 2 });
    expect(q4).toMatchObject({ outOfScope: false, urgent: true });
    expect(q4!.answer).toMatch(/^请立即拨打110/);
    expect(bad!.error).toContain('第5行');
  }, 120_000);
});
