import { fail, ok, problem, type Result } from '../kernel/result.js';
import { DEFAULT_TZ } from '../kernel/time.js';
import type { Db } from '../db/client.js';
import { parseDaySpan } from '../kernel/day-span.js';
import { describeSpan, parsePeriod, PERIOD_HELP, splitPeriodWord } from './period.js';
import { findVillage, type Scope } from './stats-query.js';
import { createCalendar, type Calendar } from '../kernel/calendar.js';

/** Options of `gridbot stats --json` and `gridbot export`: inclusive local days and a village name. */
export interface ScopeOptions {
  /** '2026-01-01' (or 2026年1月1日, 1月1日) or an instant; absent = from the beginning. */
  from?: string | Date;
  /** Inclusive last day, same forms; absent = no end. */
  to?: string | Date;
  /** A period word instead of from/to: 本周, 本月, 本年, 全部, 2026-01-01至2026-06-30. */
  period?: string;
  village?: string;
  now?: Date;
  tz?: string;
}

function day(value: string | Date | undefined, edge: 'from' | 'to', now: Date, cal: Calendar): Result<Date | null> {
  if (value === undefined) return ok(null);
  if (value instanceof Date) return ok(value);
  const span = parseDaySpan(value, cal.local(now).year);
  if (!span) return fail([problem(edge, `日期“${value}”看不懂，请写成 2026-01-01`)]);
  return ok(edge === 'from' ? cal.dayStart(span.first) : cal.dayEnd(span.last));
}

async function village(db: Db, name: string | undefined): Promise<Result<Scope['village']>> {
  if (!name) return ok(null);
  const v = await findVillage(db, name);
  return v ? ok(v) : fail([problem('village', `没有找到村“${name}”，请核对村名。`)]);
}

/** The CLI's calendar: options name the zone (config.TZ) and the instant, the command line has no clock port. */
export const cliCalendar = (o: Pick<ScopeOptions, 'tz'>, now: Date): Calendar => createCalendar({ now: () => now }, o.tz ?? DEFAULT_TZ);

/** Reads CLI options into a scope; problems name the option. */
export async function scopeFromOptions(db: Db, o: ScopeOptions): Promise<Result<Scope>> {
  const now = o.now ?? new Date(); // CLI boundary: the command line has no clock port
  const cal = cliCalendar(o, now);
  const v = await village(db, o.village);
  if (!v.ok) return fail(v.problems);
  if (o.period) {
    const p = parsePeriod(o.period, now, cal) ?? fail([problem('period', PERIOD_HELP)]);
    return p.ok ? ok({ ...p.value, village: v.value }) : fail(p.problems);
  }
  const from = day(o.from, 'from', now, cal);
  const to = day(o.to, 'to', now, cal);
  if (!from.ok || !to.ok) return fail([...(from.ok ? [] : from.problems), ...(to.ok ? [] : to.problems)]);
  const lastDay = (d: Date) => cal.formatDate(new Date(d.getTime() - 1));
  const label = from.value && to.value ? describeSpan(from.value, to.value, cal) : from.value ? `${cal.formatDate(from.value)}起` : to.value ? `截至${lastDay(to.value)}` : '全部';
  return ok({ label, from: from.value, to: to.value, village: v.value });
}

// A word ending like a period (上半年, 下个季度), not a village (天星村 ends in 村).
const TIME_WORD = /[年月周季度天日号份]$/;

/**
 * Reads chat words such as `本月 上司村`, `上司村 2026-01-01至2026-06-30` or `1月1日 至 6月30日`.
 * `defaultPeriod` applies when no period is written.
 */
export async function scopeFromWords(db: Db, words: string[], now: Date, cal: Calendar, defaultPeriod: string): Promise<Result<Scope>> {
  const args = words.flatMap(splitPeriodWord);
  const attempts: { period: string[]; village: string | null }[] = [{ period: args, village: null }];
  if (args.length > 0) {
    attempts.push({ period: args.slice(0, -1), village: args.at(-1)! }, { period: args.slice(1), village: args[0]! });
  }
  let villageProblem: Result<Scope> | null = null;
  let periodProblem: Result<Scope> | null = null;
  for (const a of attempts) {
    const p = parsePeriod(a.period.join('') || defaultPeriod, now, cal);
    if (!p || !p.ok) {
      periodProblem ??= p ? fail(p.problems) : null;
      continue;
    }
    const v = await village(db, a.village ?? undefined);
    if (v.ok) return ok({ ...p.value, village: v.value });
    // 上半年 is no village: say which periods can be written rather than "no such village".
    villageProblem ??= fail(TIME_WORD.test(a.village ?? '') ? [problem('period', `看不懂“${a.village}”。${PERIOD_HELP}`)] : v.problems);
  }
  return villageProblem ?? periodProblem ?? fail([problem('period', `看不懂“${args.join(' ')}”。${PERIOD_HELP}；村名写在最后，如：#统计 本月 上司村`)]);
}
