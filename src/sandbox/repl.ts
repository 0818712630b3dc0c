import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { formatLocal } from '../core/time.js';
import { openDatabase } from '../db/client.js';
import { defaultLawsSource, EMPTY_LIBRARY_LINE, listLaws } from '../lawqa/index.js';
import { createHarness, type Harness } from '../replay/harness.js';
import { shownText } from '../replay/run.js';
import type { SentRecord } from '../wechat/mock-world.js';
import { DEMO_PEOPLE, DEMO_ROOMS } from './demo-town.js';
import { parseSkip, parseSandboxTime } from './time-input.js';

const HELP = `沙盒命令：
  /as 姓名           切换身份（/who 查看所有人）
  /in 群名           在群里说话；/dm 改为私聊机器人
  /rename 新群名     以当前身份给当前所在的群改名
  /at 2026-11-27 09:00   把时间推进到某一刻（期间的定时任务都会执行）
  /skip 2d | 3h | 30m    时间向前推进一段
  /who               列出演示镇的人和群
  /help              显示本帮助；/quit 退出
其他输入都当作当前身份发出的消息（在群里加 @ 前缀即 @机器人，例如 "@网格助手 彩礼能要回来吗"）。`;

function show(sent: SentRecord[], at: Date, tz: string): void {
  for (const r of sent) {
    const where = r.toKind === 'room' ? `【${r.to}】` : `【私聊 ${r.to}】`;
    process.stdout.write(`\n${where} 网格助手 ${formatLocal(at, tz)}\n${shownText(r)}\n`);
  }
}

interface State {
  me: string;
  room: string | undefined;
}

async function handleLine(h: Harness, state: State, line: string): Promise<boolean> {
  const [cmd, ...rest] = line.trim().split(/\s+/);
  const arg = rest.join(' ');
  const tz = h.config.TZ;
  if (cmd === '/quit' || cmd === '/exit') return false;
  if (cmd === '/help') process.stdout.write(`${HELP}\n`);
  else if (cmd === '/who') {
    process.stdout.write(`${DEMO_PEOPLE.map((p) => `  ${p.name}（${p.role}${p.grid ? `，${p.grid}` : ''}）`).join('\n')}\n群：${h.world.topics().join('、')}\n`);
  } else if (cmd === '/as') {
    if (!DEMO_PEOPLE.some((p) => p.name === arg)) process.stdout.write(`没有"${arg}"这个人，/who 查看。\n`);
    else state.me = arg;
  } else if (cmd === '/in') {
    if (!h.world.topics().includes(arg)) process.stdout.write(`没有"${arg}"这个群，/who 查看。\n`);
    else state.room = arg;
  } else if (cmd === '/rename') {
    if (!state.room || !arg) process.stdout.write('先用 /in 进入一个群，再用 /rename 新群名 改名\n');
    else if (h.world.topics().includes(arg)) process.stdout.write(`已经有叫"${arg}"的群了，换一个名字。\n`);
    else {
      const sent = await h.rename(state.me, state.room, arg);
      state.room = arg;
      show(sent, h.clock.now(), tz);
    }
  } else if (cmd === '/dm') state.room = undefined;
  else if (cmd === '/at' || cmd === '/skip') {
    const to = cmd === '/at' ? parseSandboxTime(arg, tz) : parseSkip(arg, h.clock.now());
    if (!to) process.stdout.write(cmd === '/at' ? '时间格式：/at 2026-11-27 09:00\n' : '格式：/skip 2d 或 3h 或 30m\n');
    else show(await h.advanceTo(to), h.clock.now(), tz);
  } else if (line.trim()) {
    const mention = state.room !== undefined && /^@/.test(line.trim());
    const text = mention ? line.trim().replace(/^@\S*\s*/, '') : line.trim();
    show(await h.say(state.me, text, { room: state.room, mention }), h.clock.now(), tz);
  }
  return true;
}

const prompt = (h: Harness, s: State) => `${formatLocal(h.clock.now(), h.config.TZ)} ${s.me}${s.room ? `@${s.room}` : '（私聊）'}> `;

/** `npm run sandbox`: an interactive chat with the real bot on the mock puppet and a virtual clock. */
export async function runSandbox(options: { lawsDir?: string | null; fetchedDir?: string | null } = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-sandbox-'));
  const database = await openDatabase({ dataDir: dir });
  await database.migrate();
  // Statutes from LAWS_DIR, else the shared folder next to the repository, else what `laws fetch` saved.
  const h = await createHarness({ start: new Date(), database, laws: defaultLawsSource(options.lawsDir, options.fetchedDir) });
  await h.seed(DEMO_PEOPLE, DEMO_ROOMS);
  const empty = (await listLaws(database.db)).length === 0 ? `${EMPTY_LIBRARY_LINE}\n` : '';
  process.stdout.write(`gridbot 沙盒：演示镇已就绪（数据在 ${dir}，退出后删除）。\n${empty}${HELP}\n`);
  const state: State = { me: '王书记', room: undefined };
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  try {
    // The async iterator buffers lines, so piped input (a script of lines) is not lost between prompts.
    process.stdout.write(prompt(h, state));
    for await (const line of rl) {
      if (!(await handleLine(h, state, line))) break;
      process.stdout.write(prompt(h, state));
    }
  } finally {
    rl.close();
    await h.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
