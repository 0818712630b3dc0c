import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatLocal } from '../../kernel/time.js';
import { openDatabase } from '../../db/client.js';
import { defaultLawsSource, EMPTY_LIBRARY_LINE, listLaws } from '../../lawqa/index.js';
import { createHarness, type Harness, type Sent } from '../replay/harness.js';
import { shownText } from '../replay/run.js';
import { DEMO_PEOPLE, DEMO_ROOMS } from './demo-town.js';
import { EXPORTS_DIR, saveSentFile } from './exports.js';
import { BEGIN, END, PASTE_MS, readMessages } from './lines.js';
import { parseSkip, parseSandboxTime } from './time-input.js';
import { CHANNEL_WORDS, type Channel } from '../../chat/channel.js';

/** What people type after /channel. */
const CHANNEL_WORDS_IN: Record<string, Channel> = { 企业微信: 'wecom', 企微: 'wecom', wecom: 'wecom', 微信: 'wechat', 个人微信: 'wechat', wechat: 'wechat' };

const HELP = `沙盒命令：
  /as 姓名           切换身份，并进入此人所在的群（没有群的进私聊）；/who 查看所有人
  /in 群名           在群里说话；/dm 改为私聊机器人
  /rename 新群名     以当前身份给当前所在的群改名
  /channel 企业微信 | 微信   当前身份改用企业微信（私聊智能机器人）或个人微信；/channel 查看
  /at 2026-11-27 09:00   把时间推进到某一刻（期间的定时任务都会执行）
  /skip 1w | 2d | 3h | 30m   时间向前推进一段（也可写 1周、2天、3小时、30分钟）
  /who               列出演示镇的人和群
  /help              显示本帮助；/quit 退出
其他输入都当作当前身份发出的消息（在群里加 @ 前缀即 @机器人，例如 "@网格助手 彩礼能要回来吗"）。
多行消息（如周报）：直接粘贴，一次粘贴算一条；手打时先输入一行 ${BEGIN}，再逐行输入，最后单独一行 ${END} 结束。
每条消息之间时间自动过 1 分钟；机器人发来的文件（如台账）保存在当前目录的 ${EXPORTS_DIR}/ 里。`;

/** Virtual time between two messages, as between two people typing: hourly limits then behave as in life. */
const BETWEEN_MESSAGES_MS = 60_000;

interface State {
  me: string;
  room: string | undefined;
  /** The demo groups with their current names (a /rename changes one). */
  rooms: { topic: string; grid?: string; members: string[] }[];
}

const print = (text: string) => void process.stdout.write(text);

async function show(h: Harness, sent: Sent[]): Promise<void> {
  for (const r of sent) {
    const where = `【${r.toKind === 'room' ? r.to : `私聊 ${r.to}`}${r.via ? ` · ${r.via}` : ''}】`;
    print(`\n${where} 网格助手 ${formatLocal(r.at, h.config.TZ)}\n${shownText(r)}\n`);
    const saved = r.fileName ? await saveSentFile(h.database.db, r.fileName) : null;
    if (saved) print(`（文件已保存到 ${saved}）\n`);
  }
}

/** The group a person is in (their own grid's first), else undefined: the private chat. */
function homeRoom(name: string, state: State): string | undefined {
  const grid = DEMO_PEOPLE.find((p) => p.name === name)?.grid;
  const mine = state.rooms.filter((r) => r.members.includes(name));
  return (mine.find((r) => r.grid && r.grid === grid) ?? mine[0])?.topic;
}

type Command = (h: Harness, state: State, arg: string) => Promise<void> | void;

const COMMANDS: Record<string, Command> = {
  '/help': () => print(`${HELP}\n`),
  '/who': (h) => print(`${DEMO_PEOPLE.map((p) => `  ${p.name}（${p.role}${p.grid ? `，${p.grid}` : ''}）`).join('\n')}\n群：${h.world.topics().join('、')}\n`),
  '/as': (h, state, arg) => {
    if (!DEMO_PEOPLE.some((p) => p.name === arg)) return print(`没有"${arg}"这个人，/who 查看。\n`);
    state.me = arg;
    state.room = h.channels.channelOf(arg) === 'wecom' ? undefined : homeRoom(arg, state);
  },
  '/in': (h, state, arg) => {
    if (!h.world.topics().includes(arg)) return print(`没有"${arg}"这个群，/who 查看。\n`);
    if (h.channels.channelOf(state.me) === 'wecom') return print('演示镇的群都是微信群：先 /channel 微信 再进群。\n');
    state.room = arg;
  },
  '/dm': (_h, state) => void (state.room = undefined),
  '/rename': async (h, state, arg) => {
    if (!state.room || !arg) return print('先用 /in 进入一个群，再用 /rename 新群名 改名\n');
    if (h.world.topics().includes(arg)) return print(`已经有叫"${arg}"的群了，换一个名字。\n`);
    const sent = await h.rename(state.me, state.room, arg);
    state.rooms.forEach((r) => r.topic === state.room && (r.topic = arg));
    state.room = arg;
    await show(h, sent);
  },
  '/channel': async (h, state, arg) => {
    const to = CHANNEL_WORDS_IN[arg.replace(/\s+/g, '')];
    if (!arg) return print(`${state.me} 现在用${CHANNEL_WORDS[h.channels.channelOf(state.me)]}。改用：/channel 企业微信 或 /channel 微信\n`);
    if (!to) return print('格式：/channel 企业微信 或 /channel 微信\n');
    await h.setChannel(state.me, to);
    // The demo town's groups are WeChat groups: on WeCom one talks to the bot in private.
    if (to === 'wecom') state.room = undefined;
    print(`${state.me} 改用${CHANNEL_WORDS[to]}${to === 'wecom' ? '（私聊企业微信智能机器人；机器人的回复和提醒也发到企业微信）' : ''}。\n`);
  },
  '/at': (h, _state, arg) => jump(h, parseSandboxTime(arg, h.config.TZ), '时间格式：/at 2026-11-27 09:00'),
  '/skip': (h, _state, arg) => jump(h, parseSkip(arg, h.clock.now()), '格式：/skip 1w、2d、3h 或 30m（也可写 1周、2天、3小时、30分钟）'),
};

async function jump(h: Harness, to: Date | null, format: string): Promise<void> {
  if (!to) return print(`${format}\n`);
  const now = h.clock.now();
  if (to <= now) return print(`${formatLocal(to, h.config.TZ)} 已经过去了（沙盒现在是 ${formatLocal(now, h.config.TZ)}），时间只能往后推。\n`);
  await show(h, await h.advanceTo(to));
}

/** A message from the current person, a minute after the previous one. */
async function say(h: Harness, state: State, message: string): Promise<void> {
  await show(h, await h.advanceTo(new Date(h.clock.now().getTime() + BETWEEN_MESSAGES_MS)));
  const mention = state.room !== undefined && /^@/.test(message);
  const text = mention ? message.replace(/^@\S*\s*/, '') : message;
  await show(h, await h.say(state.me, text, { room: state.room, mention }));
}

/** One message or command; false to quit. */
async function handle(h: Harness, state: State, message: string): Promise<boolean> {
  const trimmed = message.trim();
  const [cmd = '', ...rest] = trimmed.split(/[ \t]+/);
  if (cmd === '/quit' || cmd === '/exit') return false;
  const command = trimmed.includes('\n') ? undefined : COMMANDS[cmd];
  if (command) await command(h, state, rest.join(' '));
  else if (trimmed) await say(h, state, trimmed);
  return true;
}

const prompt = (h: Harness, s: State) => {
  const via = h.channels.channelOf(s.me) === 'wecom' ? '企业微信' : '';
  return `${formatLocal(h.clock.now(), h.config.TZ)} ${s.me}${s.room ? `@${s.room}` : `（${via}私聊）`}> `;
};

/** `npm run sandbox`: an interactive chat with the real bot on the mock puppet and a virtual clock. */
export async function runSandbox(options: { lawsDir?: string | null; fetchedDir?: string | null } = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-sandbox-'));
  const database = await openDatabase({ dataDir: dir });
  await database.migrate();
  // Statutes from LAWS_DIR, else the shared folder next to the repository, else what `laws fetch` saved.
  const h = await createHarness({ start: new Date(), database, laws: defaultLawsSource(options.lawsDir, options.fetchedDir), wecom: true });
  await h.seed(DEMO_PEOPLE, DEMO_ROOMS);
  const empty = (await listLaws(database.db)).length === 0 ? `${EMPTY_LIBRARY_LINE}\n` : '';
  print(`gridbot 沙盒：演示镇已就绪（数据在 ${dir}，退出后删除）。\n${empty}${HELP}\n`);
  const state: State = { me: '王书记', room: undefined, rooms: DEMO_ROOMS.map((r) => ({ topic: r.topic, grid: r.grid, members: [...r.members] })) };
  const tty = Boolean(process.stdin.isTTY);
  const messages = readMessages(process.stdin, { pasteMs: tty ? PASTE_MS : 0, output: process.stdout, terminal: tty });
  try {
    print(prompt(h, state));
    for await (const message of messages) {
      if (!(await handle(h, state, message))) break;
      print(prompt(h, state));
    }
  } finally {
    messages.close();
    await h.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
