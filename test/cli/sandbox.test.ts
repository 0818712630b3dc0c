import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
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
const session = (lines: string[]) => runGridbot(['sandbox'], { cwd: dir, dataDir: join(dir, 'data'), stdin: `${lines.join('\n')}\n`, env: { LAWS_DIR: join(dir, 'no-laws') } });

describe('npm run sandbox', () => {
  it('plays the demo town: who am I, where I speak, help by role, renaming a bound group', async () => {
    const { code, stdout } = await session([
      '/as 不存在的人',
      '/as 李大姐',
      '/dm',
      '#帮助',
      '/in 上司村三组网格群',
      '/as 张网格',
      '/rename 上司村三组平安群',
      '/who',
      '/dm',
      '/rename 随便',
      '/quit',
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

  it('takes a multi-line report as one message, shows jump sends at their own time, saves exports where the user is', async () => {
    const { code, stdout } = await session([
      '/as 张网格',
      '<<',
      '【周报】',
      '网格:上司村三组',
      '排查户数:72',
      '纠纷:1件',
      '1. 类型:邻里;当事人:张某某、李某某;事由:排水沟堵塞引发争吵;状态:已化解;方式:人民调解',
      '.',
      '/at 2020-01-01 09:00',
      '/skip 1w',
      '/as 王书记',
      '/dm',
      '#帮助',
      '#台账 导出 全部',
      '/quit',
    ]);
    expect(code).toBe(0);
    // /as puts a grid worker in their own grid's group; the six lines were one report.
    expect(stdout).toContain('【上司村三组网格群】 网格助手');
    expect(stdout).toContain('收到上司村三组周报（排查72户，纠纷1件）');
    expect(stdout).not.toContain('格式不对');
    expect(stdout).toMatch(/2020-01-01 周三 09:00 已经过去了（沙盒现在是 .*），时间只能往后推/);
    // A week's jump: Friday's reminders show Friday's time, not the time the jump ended.
    expect(stdout).toMatch(/网格助手 \d{4}-\d\d-\d\d 周五 09:00\n【周报提醒】/);
    const saved = /（文件已保存到 (.+)）/.exec(stdout)?.[1];
    expect(saved).toBe(join(dir, 'sandbox-exports', saved!.split('/').pop()!));
    expect(existsSync(saved!) && statSync(saved!).size).toBeGreaterThan(1000);
    // A minute passes between two messages: #帮助's reply, then the export's.
    const times = [...stdout.matchAll(/【私聊 王书记】 网格助手 (\d{4}-\d\d-\d\d) 周. (\d\d:\d\d)/g)].map((m) => Date.parse(`${m[1]}T${m[2]}:00Z`));
    expect(times.length).toBeGreaterThanOrEqual(2);
    expect(times[times.length - 1]! - times[0]!).toBe(60_000);
  }, 120_000);

  it('with no statutes, says so at the start and when asked, with the command that fixes it', async () => {
    const { code, stdout } = await session(['借钱不还咋办', '/quit']);
    expect(code).toBe(0);
    expect(stdout).toContain('法条库是空的，法律问答答不了：运行 npx gridbot laws fetch');
    expect(stdout).toContain('法条库是空的，现在还答不了法律问题');
    expect(stdout).not.toContain('没找到依据');
  }, 120_000);
});
