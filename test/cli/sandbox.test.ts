import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGridbot } from '../support/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gridbot-sandbox-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a newcomer types into `npm run sandbox`, one line each, piped in. */
const session = (lines: string[]) =>
  runGridbot(['sandbox'], { cwd: dir, dataDir: join(dir, 'data'), stdin: `${lines.join('\n')}\n`, env: { LAWS_DIR: join(dir, 'no-laws') } });

describe('npm run sandbox', () => {
  it('plays the demo town: who am I, where I speak, help by role, renaming a bound group', async () => {
    const { code, stdout } = await session([
      '/as 不存在的人', '/as 李大姐', '#帮助',
      '/in 上司村三组网格群', '/as 张网格', '/rename 上司村三组平安群', '/who',
      '/dm', '/rename 随便', '/quit',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('没有"不存在的人"这个人');
    // A resident's help, privately: legal questions, no admin commands.
    const residentHelp = stdout.slice(stdout.indexOf('【私聊 李大姐】'), stdout.indexOf('李大姐（私聊）>', stdout.indexOf('【私聊 李大姐】')));
    expect(residentHelp).toContain('法律');
    expect(residentHelp).not.toContain('#绑定');
    // The rename reaches the bot, which tells the admin group and follows the new name.
    expect(stdout).toContain('【综治中心工作群】');
    expect(stdout).toContain('已绑定的群“上司村三组网格群”改名为“上司村三组平安群”');
    expect(stdout).toContain('张网格@上司村三组平安群>');
    const groups = stdout.split('\n').find((l) => l.includes('群：'))!;
    expect(groups).toContain('上司村三组平安群');
    expect(groups).not.toContain('上司村三组网格群');
    expect(stdout).toContain('先用 /in 进入一个群');
  }, 120_000);

  it('with no statutes, says so at the start and when asked, with the command that fixes it', async () => {
    const { code, stdout } = await session(['借钱不还咋办', '/quit']);
    expect(code).toBe(0);
    expect(stdout).toContain('法条库是空的，法律问答答不了：运行 npx gridbot laws fetch');
    expect(stdout).toContain('法条库是空的，现在还答不了法律问题');
    expect(stdout).not.toContain('没找到依据');
  }, 120_000);
});
