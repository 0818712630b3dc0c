import type { AppDeps } from '../../app-deps.js';
import type { Command } from '../../kernel/command.js';
import { parseCommandNamed, splitLeadingWord } from '../../kernel/command.js';
import type { MessageContext, Route } from '../../kernel/router.js';
import { weekdayName } from '../../kernel/time.js';
import { adminCommand, type Outcome } from '../../admin/index.js';
import { parseWhen } from '../../scheduler/parse-when.js';
import { checkOrder, nextStep, STEP_WORDS, STEPS, weekLabel, type CycleSettings, type Step, type WeeklyTime } from './cycle.js';
import { loadSettings, saveSettings } from './settings.js';
import type { Calendar } from '../../kernel/calendar.js';

const done = (reply: string): Outcome => ({ ok: true, reply });
const refused = (reply: string): Outcome => ({ ok: false, reply });

const LABEL: Record<Step, string> = { remind: '提醒', chase: '催报', deadline: '截止', digest: '周报汇总' };
const TIME_USAGE = '#周报 时间 提醒 周五 09:00（可改：提醒、催报、截止、周报汇总）';
const PAUSE_USAGE = '#周报 暂停 本周（或 下周；取消暂停：#周报 恢复 本周）';
export const SUBCOMMANDS = ['设置', '时间', '暂停', '恢复'];

const pad = (n: number) => String(n).padStart(2, '0');
const timeText = (t: WeeklyTime) => `${weekdayName(t.weekday)} ${pad(t.hour)}:${pad(t.minute)}`;

function settingsText(s: CycleSettings, now: Date, cal: Calendar): string {
  const lines = ['周报时间（每周）：', ...STEPS.map((st) => `${LABEL[st]}：${timeText(s.times[st])}`)];
  const thisWeek = cal.isoWeek(now).key;
  const upcoming = s.paused.filter((w) => w >= thisWeek);
  lines.push(upcoming.length ? `暂停：${upcoming.map((w) => weekLabel(w, cal)).join('、')}` : '暂停：无');
  lines.push(`修改时间：${TIME_USAGE}`, `暂停一周：${PAUSE_USAGE}`);
  return lines.join('\n');
}

function stepOf(word: string | undefined): Step | null {
  return STEPS.find((s) => STEP_WORDS[s].includes(word ?? '')) ?? null;
}

/** '周五 09:00' → { weekday: 5, hour: 9, minute: 0 }, read by the scheduler's time grammar. */
function readWeeklyTime(text: string, now: Date, cal: Calendar): WeeklyTime | string {
  const t = text.trim();
  if (!t) return `请写上星期几和几点，例如：${TIME_USAGE}`;
  const rule = parseWhen(t.startsWith('每') ? t : `每${t}`, now, cal.tz);
  if (!rule.ok) return `${rule.problems[0]!.message}。${TIME_USAGE}`;
  if (rule.value.kind !== 'weekly' || rule.value.weekdays.length !== 1) return `周报时间要写一周中的某一天和时间，例如：${TIME_USAGE}`;
  return { weekday: rule.value.weekdays[0]!, ...rule.value.time };
}

export interface SettingsDeps extends AppDeps {
  onSettingsChanged: () => Promise<void>;
}

async function changeTime(deps: SettingsDeps, ctx: MessageContext, cmd: Command): Promise<Outcome> {
  const [, word, ...rest] = cmd.args;
  const step = stepOf(word);
  if (!step) return refused(`请写要改哪一个：提醒、催报、截止 或 周报汇总。${TIME_USAGE}`);
  const time = readWeeklyTime(rest.join(' '), ctx.now, deps.calendar);
  if (typeof time === 'string') return refused(time);
  const settings = await loadSettings(deps.db);
  const next: CycleSettings = { ...settings, times: { ...settings.times, [step]: time } };
  const order = checkOrder(next.times);
  if (order) return refused(order.message);
  await saveSettings(deps.db, next, ctx.now);
  await deps.onSettingsChanged();
  const at = nextStep(time, ctx.now, deps.calendar);
  return done(`已改好：${LABEL[step]}改为每${timeText(time)}。${at ? `下一次：${deps.calendar.formatLocal(at)}。` : ''}`);
}

/** 本周 / 下周 / 下下周 → the ISO week key. */
function weekOf(word: string | undefined, now: Date, cal: Calendar): string | null {
  const offsets: Record<string, number> = { 本周: 0, 这周: 0, 下周: 1, 下下周: 2 };
  if (word === undefined || !(word in offsets)) return null;
  return cal.isoWeek(cal.addDays(now, 7 * offsets[word]!)).key;
}

async function pause(deps: SettingsDeps, ctx: MessageContext, cmd: Command, on: boolean): Promise<Outcome> {
  const week = weekOf(cmd.args[1], ctx.now, deps.calendar);
  if (!week) return refused(`请写哪一周：${PAUSE_USAGE}`);
  const settings = await loadSettings(deps.db);
  const paused = on ? [...settings.paused, week] : settings.paused.filter((w) => w !== week);
  await saveSettings(deps.db, { ...settings, paused }, ctx.now);
  await deps.onSettingsChanged();
  const label = weekLabel(week, deps.calendar);
  return done(on ? `已暂停${label}的周报：不提醒、不催报、不算缺报。恢复请发：#周报 恢复 ${cmd.args[1]}` : `已恢复${label}的周报。`);
}

/** The sub-command apart from what follows, also when typed together ('#周报暂停本周'). */
const subArgs = (args: readonly string[]): string[] => splitLeadingWord(args, SUBCOMMANDS);

async function run(deps: SettingsDeps, ctx: MessageContext, typed: Command): Promise<Outcome> {
  const cmd = { ...typed, args: subArgs(typed.args) };
  switch (cmd.args[0]) {
    case '时间':
      return changeTime(deps, ctx, cmd);
    case '暂停':
      return pause(deps, ctx, cmd, true);
    case '恢复':
      return pause(deps, ctx, cmd, false);
    default:
      return done(settingsText(await loadSettings(deps.db), ctx.now, deps.calendar));
  }
}

/** `#周报 设置`, `#周报 时间 …`, `#周报 暂停 本周`, `#周报 恢复 本周` (admins, privately or in the admin group). */
export function settingsRoute(deps: SettingsDeps): Route {
  const route = adminCommand(deps.db, { names: ['周报'], place: 'admin-place', adminOnly: true }, (ctx, cmd) => run(deps, ctx, cmd));
  const sub = (ctx: MessageContext) => subArgs(parseCommandNamed(ctx.text, ['周报'])?.args ?? [])[0] ?? '';
  return { ...route, name: '#周报 设置', match: (ctx) => route.match(ctx) && SUBCOMMANDS.includes(sub(ctx)) };
}
