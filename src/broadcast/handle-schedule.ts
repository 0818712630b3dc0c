import type { Outcome } from '../admin/index.js';
import type { AppDeps } from '../app-deps.js';
import type { MessageContext } from '../kernel/router.js';
import { formatLocal } from '../kernel/time.js';
import { describeRule, nextFireTimes } from '../scheduler/rules.js';
import { confirmSchedule, SCHEDULE_EXAMPLES, type ScheduleCommand } from './commands.js';
import { resolveTarget, settleTarget, storedTargetLabel } from './destinations.js';
import { createSchedule, deleteSchedule, findSchedule, listSchedules, setScheduleActive, toSchedule, type Schedule } from './repo-schedules.js';

export interface ScheduleHooks {
  /** The scheduler re-reads the schedules and re-arms. */
  reloadSchedules(): Promise<void>;
}

const done = (reply: string): Outcome => ({ ok: true, reply });
const refused = (reply: string): Outcome => ({ ok: false, reply });
const KIND_LABEL = { post: '定时普法', reminder: '定时提醒' } as const;

type Create = Extract<ScheduleCommand, { cmd: 'schedule.create' }>;

/** `#定时 普法|提醒 …`: checks the target, stores the schedule, re-arms, echoes rule and next times. */
async function create(deps: AppDeps, ctx: MessageContext, cmd: Create, hooks: ScheduleHooks): Promise<Outcome> {
  const tz = deps.calendar.tz;
  const target = await settleTarget(deps.db, cmd.target, ctx.room);
  if (!target.ok) return refused(`${target.problems[0]!.message}\n例如：${SCHEDULE_EXAMPLES[cmd.kind]}`);
  if (nextFireTimes(cmd.rule, ctx.now, 1, tz).length === 0) {
    return refused(`${confirmSchedule(cmd.rule, ctx.now, tz)}\n没有保存。例如：${SCHEDULE_EXAMPLES[cmd.kind]}`);
  }
  const s = await createSchedule(deps.db, {
    kind: cmd.kind,
    rule: cmd.rule,
    ruleText: cmd.ruleText,
    target: target.value,
    message: cmd.message ?? null,
    createdBy: ctx.sender.id,
    createdAt: ctx.now,
  });
  await hooks.reloadSchedules();
  const groups = (await resolveTarget(deps.db, s.target)).length;
  const reach = groups ? `（目前 ${groups} 个群）` : '（目前还没有绑定的群，绑定后才会发）';
  const what = s.kind === 'reminder' ? `\n内容：${s.message}` : '';
  return done(
    [`已设置${KIND_LABEL[s.kind]}，编号 ${s.id}：发到${storedTargetLabel(s.target)}${reach}${what}`, confirmSchedule(s.rule, ctx.now, tz), `暂停：#定时 暂停 ${s.id}`].join('\n'),
  );
}

function scheduleLine(s: Schedule, now: Date, tz: string): string {
  const next = nextFireTimes(s.rule, now, 1, tz)[0];
  const state = !s.active ? '已暂停' : next ? `下次 ${formatLocal(next, tz)}` : '已发完';
  const what = s.kind === 'reminder' ? `提醒“${s.message ?? ''}”` : '普法';
  return `${s.id}. ${what}｜${describeRule(s.rule, tz)}｜${storedTargetLabel(s.target)}｜${state}`;
}

async function list(deps: AppDeps, now: Date): Promise<Outcome> {
  const { schedules, broken } = await listSchedules(deps.db);
  if (schedules.length === 0 && broken.length === 0) return done(`还没有定时任务。例如：${SCHEDULE_EXAMPLES.post}`);
  const lines = schedules.map((s) => scheduleLine(s, now, deps.calendar.tz));
  if (broken.length) lines.push(`编号 ${broken.join('、')} 的设置读不出来，请删除后重新设置。`);
  return done(`定时任务（共 ${schedules.length + broken.length} 个）：\n${lines.join('\n')}\n暂停、恢复、删除：#定时 暂停 编号`);
}

type Change = Extract<ScheduleCommand, { cmd: 'schedule.pause' | 'schedule.resume' | 'schedule.delete' }>;

async function change(deps: AppDeps, now: Date, cmd: Change, hooks: ScheduleHooks): Promise<Outcome> {
  const row = await findSchedule(deps.db, cmd.id);
  if (!row) return refused(`没有编号为 ${cmd.id} 的定时任务。发送 #定时 列表 查看编号。`);
  const s = toSchedule(row);
  const name = s ? `${s.id}（${describeRule(s.rule, deps.calendar.tz)}，${storedTargetLabel(s.target)}）` : String(row.id);
  if (cmd.cmd === 'schedule.delete') {
    await deleteSchedule(deps.db, row.id);
    await hooks.reloadSchedules();
    return done(`已删除定时任务 ${name}。`);
  }
  const active = cmd.cmd === 'schedule.resume';
  if (row.active === active) return done(`定时任务 ${name} 本来就${active ? '在运行' : '已暂停'}，没有改动。`);
  await setScheduleActive(deps.db, row.id, active, now);
  await hooks.reloadSchedules();
  if (!active) return done(`已暂停定时任务 ${name}。恢复：#定时 恢复 ${row.id}`);
  const next = s ? nextFireTimes(s.rule, now, 1, deps.calendar.tz)[0] : undefined;
  return done(`已恢复定时任务 ${name}。${next ? `下次：${deps.calendar.formatLocal(next)}` : '按这个规则以后不会再发。'}`);
}

/** The `#定时` use cases. */
export async function runScheduleCommand(deps: AppDeps, ctx: MessageContext, cmd: ScheduleCommand, hooks: ScheduleHooks): Promise<Outcome> {
  switch (cmd.cmd) {
    case 'schedule.create':
      return create(deps, ctx, cmd, hooks);
    case 'schedule.list':
      return list(deps, ctx.now);
    default:
      return change(deps, ctx.now, cmd, hooks);
  }
}
