import { fail, ok, problem, type Result } from '../kernel/result.js';
import { ESCALATION_BODIES, STATUS_NEGATORS } from '../ledger/words.js';
import { findDeadline } from './deadline.js';
import type { Satisfaction, Status } from '../ledger/types.js';
import {
  HANDING_VERBS,
  PROGRESS_KEYS,
  SATISFACTION_DEGREES,
  SATISFACTION_KEYS,
  SATISFACTION_LEAD_INS,
  SATISFACTION_WORDS,
  STATUS_LEAD_INS,
  STATUS_WORDS,
} from '../ledger/vocabulary.js';
import type { Calendar } from '../kernel/calendar.js';

const longestFirst = <T>(table: Record<string, readonly string[]>): [string, T][] =>
  Object.entries(table)
    .flatMap(([value, words]) => words.map((w) => [w, value as T] as [string, T]))
    .sort((a, b) => b[0].length - a[0].length);

const STATUS_TABLE = longestFirst<Status>(STATUS_WORDS);
// 挺满意, 不太满意, 还算满意: a degree word before 满意 says which of the three is meant.
const SATISFACTION_TABLE = longestFirst<Satisfaction>(
  Object.fromEntries(Object.entries(SATISFACTION_WORDS).map(([value, words]) => [value, [...words, ...SATISFACTION_DEGREES[value as Satisfaction].map((d) => `${d}满意`)]])),
);
const clean = (s: string): string => s.replace(/^[\s,，;；:：。、]+|[\s,，;；。、]+$/g, '').replace(/\s+/g, ' ');
const orNull = (s: string): string | null => (clean(s) === '' ? null : clean(s));

/** The first table word at the very start of `s` (longest wins), and what follows it. */
function leadingWord<T>(table: [string, T][], s: string): { value: T; word: string; rest: string } | null {
  const hit = table.find(([w]) => s.startsWith(w));
  return hit ? { value: hit[1], word: hit[0], rest: s.slice(hit[0].length) } : null;
}

export interface Progress {
  to: Status | null;
  /** The status word as written (转派出所 says more than 已移交). */
  word: string | null;
  method: string | null;
  note: string | null;
}

const keyAlt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
// A method runs to the end of its clause: 方式:人民调解，赔了500元 is 人民调解 and a note.
const METHOD_KEY = new RegExp(`(?:${keyAlt(PROGRESS_KEYS.method)})\\s*[:：=]\\s*([^\\s,，;；。]*)`);
const NOTE_KEY = new RegExp(`(?:${keyAlt(PROGRESS_KEYS.note)})\\s*[:：=]\\s*`);
// 调解好了, 转派出所了, 满意的: a particle right after the word belongs to it, not to the note.
const PARTICLE = '[了啦喽咯哈的吧呢嘛]+';
const PARTICLES = new RegExp(`^${PARTICLE}`);
const TRAILING_PARTICLES = new RegExp(`${PARTICLE}$`);
const CLAUSE_END = /[\s,，;；。!！?？]/;
const STATUS_LEAD = new RegExp(`^(?:${keyAlt(STATUS_LEAD_INS)})`);
const NEGATOR = new RegExp(`^(?:${keyAlt(STATUS_NEGATORS)})`);
// 交司法所, 移送县法院: a handing verb and a body the report parser knows as escalation.
const HANDED_TO = new RegExp(`^(?:${keyAlt(HANDING_VERBS)})(?:镇|县|州|市)?(?:${keyAlt(ESCALATION_BODIES)})`);

/** `clause` without the aspect 了 (签了协议 → 签协议; 了结 stays), and where each kept character stood. */
function withoutAspect(clause: string): { text: string; at: number[] } {
  const at: number[] = [];
  let text = '';
  for (let i = 0; i < clause.length; i++) {
    const aspect = clause[i] === '了' && i > 0 && /\p{Script=Han}/u.test(clause[i - 1]!) && clause[i + 1] !== '结';
    if (!aspect) {
      text += clause[i];
      at.push(i);
    }
  }
  return { text, at };
}

interface StatusRead {
  to: Status;
  word: string;
  rest: string;
}

/**
 * The status the first clause names, as said aloud: 已经化解, 双方签了协议, 还在调, 交司法所. Lead-ins
 * (已经, 双方) are stepped over only on the way to a status word; a negator before one (没谈拢,
 * 没调解好) means not resolved, and the clause is kept as said. Null when the clause names none.
 */
function readStatus(s: string): StatusRead | null {
  const cut = s.search(CLAUSE_END);
  const clause = cut < 0 ? s : s.slice(0, cut);
  const tail = cut < 0 ? '' : s.slice(cut);
  const sq = withoutAspect(clause);
  const orig = (i: number): number => (i < sq.at.length ? sq.at[i]! : clause.length);
  let from = 0;
  let negated = false;
  for (;;) {
    const t = sq.text.slice(from);
    const handed = HANDED_TO.exec(t);
    const hit = leadingWord(STATUS_TABLE, t) ?? (handed ? { value: 'escalated' as Status, word: handed[0] } : null);
    if (hit) {
      const start = orig(from);
      // Just past the word's last character: an aspect 了 after it is no part of the word.
      const end = orig(from + hit.word.length - 1) + 1;
      const after = clause.slice(end).replace(PARTICLES, '');
      if (negated) return { to: 'pending', word: clause.replace(TRAILING_PARTICLES, ''), rest: tail };
      // Where a case went runs to the end of its clause: 移交派出所处理.
      if (hit.value === 'escalated') return { to: 'escalated', word: clause.slice(start, end) + after, rest: tail };
      return { to: hit.value, word: clause.slice(start, end), rest: after + tail };
    }
    const lead = STATUS_LEAD.exec(t) ?? (negated ? null : NEGATOR.exec(t));
    if (!lead || lead[0].length >= t.length) return null;
    if (!STATUS_LEAD.test(t)) negated = true;
    from += lead[0].length;
  }
}

/** `已化解 方式:人民调解 双方签了协议` → resolved, 人民调解, note. Text after the code. */
export function parseProgress(rest: string): Result<Progress> {
  let s = clean(rest).replace(/^(?:状态|进展)\s*[:：=]\s*/, '');
  const method = METHOD_KEY.exec(s);
  if (method) s = s.slice(0, method.index) + ' ' + s.slice(method.index + method[0].length);
  s = clean(s.replace(NOTE_KEY, ' '));
  const status = readStatus(s);
  const note = orNull(status ? status.rest : s);
  const value = { to: status?.to ?? null, word: status?.word ?? null, method: method ? orNull(method[1]!) : null, note };
  if (!value.to && !value.method && !value.note) {
    return fail([problem('status', '请写明进展，例如：#进展 SS-2026-0007 已化解 方式:人民调解 双方签了协议（状态可写 化解中、已化解、已移交）')]);
  }
  return ok(value);
}

const SATISFACTION_KEY = new RegExp(`^(?:${keyAlt(SATISFACTION_KEYS)})\\s*[:：=]?\\s*`);
const SATISFACTION_LEAD = new RegExp(`^(?:${keyAlt(SATISFACTION_LEAD_INS)})`);

/**
 * `基本满意 当事人表示认可` → 基本满意 and the note; also 满意度：满意, 群众很满意, 双方都表示满意,
 * 不太满意. Who said it (群众, 双方) is stepped over only on the way to a satisfaction word.
 */
export function parseFollowup(rest: string): Result<{ satisfaction: Satisfaction; note: string | null }> {
  let s = clean(rest).replace(SATISFACTION_KEY, '');
  for (let hit = leadingWord(SATISFACTION_TABLE, s); ; hit = leadingWord(SATISFACTION_TABLE, s)) {
    if (hit) return ok({ satisfaction: hit.value, note: orNull(hit.rest.replace(PARTICLES, '')) });
    const lead = SATISFACTION_LEAD.exec(s);
    if (!lead || lead[0].length >= s.length) break;
    s = s.slice(lead[0].length);
  }
  return fail([problem('satisfaction', '请写回访结果：满意、基本满意 或 不满意，例如：#回访 SS-2026-0007 满意 双方已和好')]);
}

export interface AssignText {
  /** 23:59:59 local on the due day; null when none was written. */
  deadline: Date | null;
  /** What is left once mentions and the deadline are taken out: a name or a department. */
  who: string | null;
}

const LEAD_FILLER = /^(?:交给|交由|交|给|由|转给|请|负责)+/;
const TRAIL_FILLER = /(?:负责|办理|处理|调解|跟进)+$/;
/** 人民调解, 行政调解 …: kinds of mediation, whose 调解 is part of the name, not a verb to drop. */
const MEDIATION_KIND = /(?:人民|行政|司法|诉前|诉调|联合|专业|行业|律师|警民)调解$/;
// A piece that only says "get it done": 办好, 尽快处理, 抓紧落实 (交给赵调解员，5天内办好).
const DO_IT = /^(?:请|务必|尽快|抓紧|及时|认真)*(?:办好|办完|办结|办理|处理好|处理|处置|完成|落实|跟进|负责|解决|化解|调解|回复|反馈)+$/;
const PIECES = /[\s,，;；。]+/;

/** `交给司法所处理` → 司法所, `张三调解` → 张三, but `人民调解` stays as written. */
function assignee(text: string): string | null {
  const named = text.replace(LEAD_FILLER, '');
  return orNull(MEDIATION_KIND.test(named) ? named : named.replace(TRAIL_FILLER, ''));
}

/** `@王调解员 3天`, `司法所 12月10日前`: the deadline and who, mentions already removed by the caller. */
export function parseAssignText(rest: string, now: Date, cal: Calendar): Result<AssignText> {
  const found = findDeadline(rest, now, cal);
  if (!found.ok) return fail(found.problems);
  const left = found.value ? rest.replace(found.value.text, ' ') : rest;
  const pieces = left
    .split(PIECES)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !DO_IT.test(p));
  return ok({ deadline: found.value?.deadline ?? null, who: assignee(pieces.join(' ')) });
}
