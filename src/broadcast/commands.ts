import { fail, ok, problem, type Result } from '../kernel/result.js';
import { DEFAULT_TZ, formatLocal } from '../kernel/time.js';
import { parseWhen, splitWhen } from '../scheduler/parse-when.js';
import { describeRule, nextFireTimes, type Rule } from '../scheduler/rules.js';
import { parsePostCommand, SUB_WORDS as POST_WORDS, type PostCommand } from './commands-post.js';
import { readScheduleId } from './ids.js';
import { firstWord, LEADING_SEP, parseTarget, severalPlaces, splitTarget, TARGET_EXAMPLES, type PostTarget } from './targets.js';

export type { PostTarget } from './targets.js';
export type { PostCommand } from './commands-post.js';

export type ScheduleCommand =
  | { cmd: 'schedule.create'; kind: 'post' | 'reminder'; rule: Rule; ruleText: string; target: PostTarget; message?: string }
  | { cmd: 'schedule.list' }
  | { cmd: 'schedule.pause' | 'schedule.resume' | 'schedule.delete'; id: number };

export type BroadcastCommand = ScheduleCommand | PostCommand;

/** Chat examples, shown with every problem so the admin can copy one. */
export const SCHEDULE_EXAMPLES = {
  post: '#定时 普法 每周三 20:00 全部网格群',
  reminder: '#定时 提醒 每月5号 09:00 管理群 本月信访联席会议请准时参加',
  manage: '#定时 列表，#定时 暂停 3',
} as const;

const SCHEDULE_WORDS: Record<string, 'post' | 'reminder' | 'list' | 'pause' | 'resume' | 'delete'> = {
  普法: 'post',
  推送: 'post',
  提醒: 'reminder',
  通知: 'reminder',
  列表: 'list',
  查看: 'list',
  清单: 'list',
  暂停: 'pause',
  停止: 'pause',
  恢复: 'resume',
  继续: 'resume',
  删除: 'delete',
  取消: 'delete',
};

const LEADING = /^[#＃]\s*/;
// Several schedule numbers in one message: 3、4 / 3和4 / 3，4.
const ID_LIST_SEP = /[\s\u3000\u2005,，、;；和及与]+/;

const err = <T>(field: string, message: string): Result<T> => fail<T>([problem(field, message)]);

/**
 * The known word `text` starts with, spaced or run on as typed on a phone:
 * leadingWord('暂停3', …) → ['暂停', '3']. An unknown first word is returned as it is.
 */
function leadingWord(text: string, words: readonly string[]): [string, string] {
  const [first, after] = firstWord(text);
  if (words.includes(first)) return [first, after];
  const t = text.replace(LEADING_SEP, '');
  const glued = [...words].sort((a, b) => b.length - a.length).find((w) => t.startsWith(w));
  return glued ? [glued, t.slice(glued.length).replace(LEADING_SEP, '').trim()] : [first, after];
}

/**
 * Finds the time and what follows it in a #定时 tail, also when the target is said first:
 * locate('全部网格群 每周三 20:00') → { when: '每周三 20:00', after: '全部网格群' }. Null when no time leads.
 */
function locate(text: string): { when: string; after: string } | null {
  const direct = splitWhen(text);
  if (direct.when) return { when: direct.when, after: direct.rest };
  const t = splitTarget(text);
  if (!t.word || !parseTarget(t.word).ok) return null;
  const late = splitWhen(t.rest);
  return late.when ? { when: late.when, after: `${t.word} ${late.rest}` } : null;
}

type CommandName = '定时' | '普法';

/**
 * The command word and the text after it, with or without a space: '#定时暂停 3' → 定时, '暂停 3';
 * '#普法每周三…' → 普法. Null for other commands ('#定时器'). The routes match on this too.
 */
export function splitCommandName(text: string): { name: CommandName; rest: string } | null {
  const body = text.trim().replace(LEADING, '');
  for (const name of ['定时', '普法'] as const) {
    if (!body.startsWith(name)) continue;
    const rest = body.slice(name.length);
    const words = Object.keys(name === '定时' ? SCHEDULE_WORDS : POST_WORDS);
    const known = words.some((w) => rest.startsWith(w)) || (name === '普法' && locate(rest) !== null);
    if (rest === '' || LEADING_SEP.test(rest) || known) return { name, rest: rest.replace(LEADING_SEP, '').trim() };
  }
  return null;
}

/**
 * Reads a #定时 or #普法 command (the text after '#', or with it). Returns null for any other
 * command, a Result with a Chinese problem and an example when the command is malformed.
 */
export function parseBroadcastCommand(text: string, now: Date, tz: string = DEFAULT_TZ): Result<BroadcastCommand> | null {
  const command = splitCommandName(text);
  if (!command) return null;
  if (command.name === '定时') return parseScheduleCommand(command.rest, now, tz);
  const words = Object.keys(POST_WORDS);
  const [sub, rest] = leadingWord(command.rest, words);
  if (words.includes(sub)) return parsePostCommand(`${sub} ${rest}`);
  // '#普法 每周三 20:00 全部网格群' is '#定时 普法 …' said the short way: a post at a time.
  if (locate(command.rest)) return parseCreate('post', command.rest, now, tz);
  return parsePostCommand(command.rest);
}

function parseScheduleCommand(text: string, now: Date, tz: string): Result<BroadcastCommand> {
  const [sub, rest] = leadingWord(text, Object.keys(SCHEDULE_WORDS));
  const what = SCHEDULE_WORDS[sub];
  if (what === 'list') return ok({ cmd: 'schedule.list' });
  if (what === 'pause' || what === 'resume' || what === 'delete') return parseChange(what, sub, rest);
  if (what === 'post' || what === 'reminder') return parseCreate(what, rest, now, tz);
  const examples = Object.values(SCHEDULE_EXAMPLES).join('；');
  return err('sub', `“#定时”后面请写 普法、提醒、列表、暂停、恢复 或 删除。例如：${examples}`);
}

/** `暂停 3`: one schedule per command, so a list of numbers is sent back one command each. */
function parseChange(what: 'pause' | 'resume' | 'delete', sub: string, rest: string): Result<BroadcastCommand> {
  const ids = rest.split(ID_LIST_SEP).filter(Boolean).map(readScheduleId);
  const id = ids[0];
  if (id === null || id === undefined) return err('id', `请写上定时任务的编号，例如：#定时 ${sub} 3（编号见 #定时 列表）`);
  const all = ids.filter((n): n is number => n !== null);
  if (all.length > 1) {
    return err('id', `一次只能${sub}一个定时任务，请分开发：${all.map((n) => `#定时 ${sub} ${n}`).join('，')}`);
  }
  return ok({ cmd: `schedule.${what}`, id });
}

function parseCreate(kind: 'post' | 'reminder', text: string, now: Date, tz: string): Result<BroadcastCommand> {
  const example = SCHEDULE_EXAMPLES[kind];
  const tail = text.replace(LEADING_SEP, '').trim();
  const found = locate(tail);
  const when = found?.when ?? '';
  const rule = parseWhen(when || tail, now, tz);
  if (!rule.ok) return err('when', `${rule.problems[0]!.message}\n完整写法：${example}`);
  const t = splitTarget(found?.after ?? '');
  if (!t.word) return err('target', `请写上发到哪里（${TARGET_EXAMPLES}），例如：${example}`);
  const target = parseTarget(t.word);
  if (!target.ok) return err('target', `${target.problems[0]!.message}。例如：${example}`);
  if (t.onlyOnce && rule.value.kind !== 'once') {
    return err('when', `“只发一次”和“${when}”对不上：只发一次请写哪一天，如 明天 20:00、12月9日 20:00；一直发就不用写“只发一次”。`);
  }
  const message = t.rest;
  if (kind === 'post' && message) {
    // 上司村 里腊村: a second place, not a text.
    if (parseTarget(splitTarget(message).word).ok) return err('target', `${severalPlaces(`${t.word} ${message}`)}。例如：${example}`);
    return err('message', `普法定时不用写内容，系统会按村里情况自动挑选；“${message}”是多余的。例如：${example}`);
  }
  if (kind === 'reminder' && !message) return err('message', `请写上提醒的内容，例如：${example}`);
  const base = { cmd: 'schedule.create' as const, kind, rule: rule.value, ruleText: when, target: target.value };
  return ok(kind === 'reminder' ? { ...base, message } : base);
}

/**
 * What the bot answers after a schedule is set: the rule in words and the next three times.
 * confirmSchedule(rule, now) → '时间：每周三 20:00\n接下来三次：\n2026-12-02 周三 20:00\n…'
 */
export function confirmSchedule(rule: Rule, now: Date, tz: string = DEFAULT_TZ): string {
  const words = `时间：${describeRule(rule, tz)}`;
  const next = nextFireTimes(rule, now, 3, tz).map((d) => formatLocal(d, tz));
  if (rule.kind === 'once') return next.length ? words : `${words}\n（这个时间已经过去，不会再发）`;
  if (next.length === 0) return `${words}\n（按这个规则，以后不会再发，请检查）`;
  const label = next.length === 3 ? '接下来三次' : `接下来${next.length}次`;
  return `${words}\n${label}：\n${next.join('\n')}`;
}
