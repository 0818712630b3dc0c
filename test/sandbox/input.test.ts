import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readMessages } from '../../src/tools/sandbox/lines.js';
import { parseSkip } from '../../src/tools/sandbox/time-input.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Chunks written to a terminal-like input, `gap` ms apart (a paste arrives as one chunk); what the sandbox reads. */
async function read(chunks: string[], pasteMs: number, gap = 80): Promise<string[]> {
  const input = new PassThrough();
  const got: string[] = [];
  const done = (async () => {
    for await (const m of readMessages(input, { pasteMs })) got.push(m);
  })();
  for (const c of chunks) {
    input.write(c);
    await sleep(gap);
  }
  input.end();
  await done;
  return got;
}

const REPORT = '【周报】\n网格:上司村一组\n排查户数:65\n本周无矛盾纠纷';

describe('sandbox input', () => {
  it.each([
    ['a pasted report is one message', [`${REPORT}\n`], 30, [REPORT]],
    ['lines typed one by one stay apart', ['彩礼能要回来吗\n', '#帮助\n'], 30, ['彩礼能要回来吗', '#帮助']],
    ['a paste of commands is one command a line', ['/as 李大姐\n/dm\n'], 30, ['/as 李大姐', '/dm']],
    ['a command typed ahead of a paste stays a command', [`/as 张网格\n${REPORT}\n`], 30, ['/as 张网格', REPORT]],
    ['<< … . typed by hand is one message', ['<<\n', '【周报】\n', '网格:上司村一组\n', '排查户数:65\n', '本周无矛盾纠纷\n', '.\n', '#帮助\n'], 30, [REPORT, '#帮助']],
    ['piped input (no paste detection): one line each, blocks still one', [`a\nb\n<<\nc\nd\n.\n`], 0, ['a', 'b', 'c\nd']],
    ['a block never ended is sent at the end of input', ['<<\n第一行\n第二行\n'], 0, ['第一行\n第二行']],
  ])('%s', async (_what, chunks, pasteMs, expected) => expect(await read(chunks, pasteMs)).toEqual(expected));

  const NOW = new Date('2026-12-07T01:00:00Z');
  it.each([
    ['1w', 7 * 86_400_000],
    ['2d', 2 * 86_400_000],
    ['3h', 3 * 3_600_000],
    ['30m', 30 * 60_000],
    ['1周', 7 * 86_400_000],
    ['2天', 2 * 86_400_000],
    ['3小时', 3 * 3_600_000],
    ['45分钟', 45 * 60_000],
    ['2 个钟头', 2 * 3_600_000],
  ])('/skip %s', (text, ms) => expect(parseSkip(text, NOW)?.getTime()).toBe(NOW.getTime() + ms));

  it.each(['', '1', 'w', '0d', '1y', '三天'])('/skip %j is not understood', (text) => expect(parseSkip(text, NOW)).toBeNull());
});
