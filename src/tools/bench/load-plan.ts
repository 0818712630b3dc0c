import { CHATTER, QUESTIONS, disputeCommand, pick, reportText, seeded, type Rand } from './texts.js';
import type { Person, Town } from './town.js';

export type Kind = 'chatter' | 'question' | 'help' | 'dispute' | 'progress' | 'mediation' | 'mine' | 'stats' | 'report' | 'post';

/** One message of the simulated week. `{code}` in a progress text is filled in at run time. */
export interface Planned {
  at: number;
  kind: Kind;
  from: Person;
  /** null: a private chat with the bot. */
  room: { wechatId: string; topic: string } | null;
  text: string;
  mention: boolean;
}

export interface PlanOptions {
  start: Date;
  days: number;
  /** About this many messages in all. */
  messages: number;
  seed?: number;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Everyday traffic, by share: mostly group chatter, then residents' questions, then workers' commands. */
const MIX: [Kind, number][] = [
  ['chatter', 0.72],
  ['question', 0.13],
  ['help', 0.02],
  ['dispute', 0.04],
  ['progress', 0.03],
  ['mediation', 0.02],
  ['mine', 0.03],
  ['stats', 0.01],
];

function kindOf(rand: Rand): Kind {
  let r = rand();
  for (const [kind, share] of MIX) if ((r -= share) < 0) return kind;
  return 'chatter';
}

/** Waking hours, 07:00–22:00 local time (the start is a local midnight). */
const wakingTime = (rand: Rand, start: Date, day: number) => start.getTime() + day * DAY_MS + 7 * HOUR_MS + Math.floor(rand() * 15 * HOUR_MS);

function everyday(rand: Rand, town: Town, kind: Kind, at: number): Planned {
  const resident = pick(rand, town.residents.length ? town.residents : town.workers);
  const worker = pick(rand, town.workers);
  const groupOf = (p: Person) => town.grids[p.grid ?? 0]!.room;
  const inGroup = rand() < 0.5;
  switch (kind) {
    case 'chatter': {
      const who = rand() < 0.9 ? resident : worker;
      return { at, kind, from: who, room: groupOf(who), text: pick(rand, CHATTER), mention: false };
    }
    case 'question':
      return { at, kind, from: resident, room: inGroup ? groupOf(resident) : null, text: pick(rand, QUESTIONS), mention: inGroup };
    case 'help':
      return { at, kind, from: rand() < 0.5 ? resident : worker, room: null, text: '#帮助', mention: false };
    case 'mediation':
      return { at, kind, from: resident, room: null, text: `需要调解 ${pick(rand, QUESTIONS)}`, mention: false };
    case 'dispute':
      return { at, kind, from: worker, room: null, text: disputeCommand(rand), mention: false };
    case 'progress':
      return { at, kind, from: worker, room: null, text: `#进展 {code} ${pick(rand, ['化解中', '已化解', '调解中'])}`, mention: false };
    case 'mine':
      return { at, kind, from: worker, room: null, text: '#我的', mention: false };
    default:
      return { at, kind, from: rand() < 0.5 ? town.admin : pick(rand, town.chiefs), room: null, text: '#统计 本周', mention: false };
  }
}

/** Every grid's weekly report, Friday to Sunday between 08:00 and the 20:00 deadline, one in ten corrected and resent. */
function weeklyReports(rand: Rand, town: Town, start: Date): Planned[] {
  const out: Planned[] = [];
  town.workers.forEach((worker, i) => {
    const day = 4 + Math.floor(rand() * 3);
    const at = start.getTime() + day * DAY_MS + 8 * HOUR_MS + Math.floor(rand() * 11 * HOUR_MS);
    const label = town.grids[i]!.label;
    const send = (t: number) => ({ at: t, kind: 'report' as const, from: worker, room: null, text: reportText(rand, label, Math.floor(rand() * 4)), mention: false });
    out.push(send(at));
    if (rand() < 0.1) out.push(send(at + 10 * 60_000 + Math.floor(rand() * 50 * 60_000)));
  });
  return out;
}

/** The admin sets a daily post to every grid group on the first morning and sends one post by hand each afternoon. */
function posts(town: Town, start: Date, days: number): Planned[] {
  const room = town.adminRoom;
  const out: Planned[] = [{ at: start.getTime() + 8 * HOUR_MS, kind: 'post', from: town.admin, room, text: '#定时 普法 每天 上午9点 全部网格群', mention: false }];
  const village = town.grids[0]!.label.replace(/[一二三四五六七八九十]+组$/, '');
  for (let d = 0; d < days; d++) {
    const id = `p${String(10 + d).padStart(3, '0')}`;
    out.push({ at: start.getTime() + d * DAY_MS + 15 * HOUR_MS, kind: 'post', from: town.admin, room, text: `#普法 发送 ${id} ${village}`, mention: false });
  }
  return out;
}

/** A week (or `days`) of a busy township's traffic, in time order, the same at every run. */
export function planWeek(town: Town, options: PlanOptions): Planned[] {
  const rand = seeded(options.seed ?? 2026);
  const fixed = [...weeklyReports(rand, town, options.start), ...posts(town, options.start, options.days)];
  const perDay = Math.max(0, Math.round((options.messages - fixed.length) / options.days));
  const plan = [...fixed];
  for (let d = 0; d < options.days; d++) {
    for (let i = 0; i < perDay; i++) plan.push(everyday(rand, town, kindOf(rand), wakingTime(rand, options.start, d)));
  }
  return plan.sort((a, b) => a.at - b.at);
}
