import { fail, ok, problem, type Result } from '../core/result.js';
import { DEFAULT_TZ, formatLocal } from '../core/time.js';
import { parseWhen, splitWhen } from '../scheduler/parse-when.js';
import { describeRule, nextFireTimes, type Rule } from '../scheduler/rules.js';
import { parsePostCommand, type PostCommand } from './commands-post.js';
import { readScheduleId } from './ids.js';
import { parseTarget, TARGET_EXAMPLES, type Target } from './targets.js';

export type { Target } from './targets.js';
export type { PostCommand } from './commands-post.js';

export type ScheduleCommand =
  | { cmd: 'schedule.create'; kind: 'post' | 'reminder'; rule: Rule; ruleText: string; target: Target; message?: string }
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
  普法: 'post', 推送: 'post', 提醒: 'reminder', 通知: 'reminder',
  列表: 'list', 查看: 'list', 清单: 'list',
  暂停: 'pause', 停止: 'pause', 恢复: 'resume', 继续: 'resume', 删除: 'delete', 取消: 'delete',
};

const LEADING = /^[#＃]\s*/;
const SPACE = /[\s\u3000\u2005]+/;

const err = <T>(field: string, message: string): Result<T> => fail<T>([problem(field, message)]);

/** Splits off the first word: ('普法 每周三 …') → ['普法', '每周三 …']. */
function firstWord(text: string): [string, string] {
  const t = text.trim();
  const m = SPACE.exec(t);
  return m ? [t.slice(0, m.index), t.slice(m.index + m[0].length).trim()] : [t, ''];
}

/**
 * Reads a #定时 or #普法 command (the text after '#', or with it). Returns null for any other
 * command, a Result with a Chinese problem and an example when the command is malformed.
 */
export function parseBroadcastCommand(text: string, now: Date, tz: string = DEFAULT_TZ): Result<BroadcastCommand> | null {
  const [name, rest] = firstWord(text.trim().replace(LEADING, ''));
  if (name === '定时') return parseScheduleCommand(rest, now, tz);
  if (name === '普法') return parsePostCommand(rest);
  return null;
}

function parseScheduleCommand(text: string, now: Date, tz: string): Result<BroadcastCommand> {
  const [sub, rest] = firstWord(text);
  const what = SCHEDULE_WORDS[sub];
  if (what === 'list') return ok({ cmd: 'schedule.list' });
  if (what === 'pause' || what === 'resume' || what === 'delete') {
    const id = readScheduleId(firstWord(rest)[0]);
    if (id === null) return err('id', `请写上定时任务的编号，例如：#定时 ${sub} 3（编号见 #定时 列表）`);
    return ok({ cmd: `schedule.${what}`, id });
  }
  if (what === 'post' || what === 'reminder') return parseCreate(what, rest, now, tz);
  const examples = Object.values(SCHEDULE_EXAMPLES).join('；');
  return err('sub', `“#定时”后面请写 普法、提醒、列表、暂停、恢复 或 删除。例如：${examples}`);
}

function parseCreate(kind: 'post' | 'reminder', text: string, now: Date, tz: string): Result<BroadcastCommand> {
  const example = SCHEDULE_EXAMPLES[kind];
  const { when, rest } = splitWhen(text);
  const rule = parseWhen(when || text, now, tz);
  if (!rule.ok) return err('when', `${rule.problems[0]!.message}\n完整写法：${example}`);
  const [targetWord, message] = firstWord(rest);
  if (!targetWord) return err('target', `请写上发到哪里（${TARGET_EXAMPLES}），例如：${example}`);
  const target = parseTarget(targetWord);
  if (!target.ok) return err('target', `${target.problems[0]!.message}。例如：${example}`);
  if (kind === 'post' && message) {
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
