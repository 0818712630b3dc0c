import { parseChineseInt } from '../kernel/cnnum.js';
import type { Matchers, WordTable } from './matchers.js';
import type { Category, Risk, Status } from './types.js';
import { storyRisks } from '../safety/index.js';

const NUMBER_RUN = /(\d+)|([零〇一二两三四五六七八九十百千万]+)/gu;
const UNIT_AFTER = /^[户件起个宗余多来]/u;
const HAN_OR_DIGIT = /[\p{L}\p{N}]/u;
// 风险:风险较低 — the value repeats its key before saying how much.
const RISK_LEAD = /^[\s:=;,。、]*(?:风险|隐患)?(?:等级|程度)?[\s:=;,。、]*/u;

/**
 * The first number in a value: 84户（含外出务工21户） → 84, 约八十户 → 80, 一百零五 → 105.
 * A lone Chinese numeral inside a word (一组) is skipped; 若干 gives null.
 */
export function readNumber(folded: string): number | null {
  NUMBER_RUN.lastIndex = 0;
  for (let hit = NUMBER_RUN.exec(folded); hit; hit = NUMBER_RUN.exec(folded)) {
    const run = hit[0];
    if (hit[1] === undefined && !standsAlone(folded, hit.index, run)) continue;
    const n = parseChineseInt(run);
    if (n !== null && Number.isSafeInteger(n)) return n;
  }
  return null;
}

function standsAlone(text: string, at: number, run: string): boolean {
  if (run.length >= 2) return true;
  const next = text[at + run.length];
  if (next === undefined || !/\p{Script=Han}/u.test(next)) return true;
  return UNIT_AFTER.test(next);
}

function firstWord<T>(table: WordTable<T>, text: string): T | undefined {
  table.re.lastIndex = 0;
  const hit = table.re.exec(text);
  return hit ? table.labels.get(hit[0]) : undefined;
}

/** 类型 value → category; a word outside the tables (交通事故) is 'other', an empty value null. */
export function readCategory(folded: string, m: Matchers): Category | null {
  return firstWord(m.categories, folded) ?? (HAN_OR_DIGIT.test(folded) ? 'other' : null);
}

/**
 * 状态 value → status. The first word that names a step wins (已化解，持续跟进 is resolved); pending
 * words and negated ones (还没化解, 未结案) only count when nothing else is said, so 未化解，已上报
 * is escalated. A value naming only another body (交派出所处理) is escalated; nothing → pending.
 */
export function readStatus(folded: string, m: Matchers): Status {
  const re = m.statuses.re;
  let sawAny = false;
  re.lastIndex = 0;
  for (let hit = re.exec(folded); hit; hit = re.exec(folded)) {
    sawAny = true;
    const label = m.statuses.labels.get(hit[0]);
    const negated = m.statusNegated.test(folded.slice(Math.max(0, hit.index - 3), hit.index));
    if (label && label !== 'pending' && !negated) return label;
  }
  return !sawAny && m.escalationBody.test(folded) ? 'escalated' : 'pending';
}

/** Risk words of `table` in order of mention, skipping negated ones (无上访风险, 表示不再上访). */
function scanRisks(folded: string, table: WordTable<Risk>, m: Matchers): { found: Risk[]; negated: boolean } {
  const found: Risk[] = [];
  const re = table.re;
  let negatedUntil = -1;
  re.lastIndex = 0;
  for (let hit = re.exec(folded); hit; hit = re.exec(folded)) {
    const before = folded.slice(Math.max(0, hit.index - 4), hit.index);
    if (hit.index === negatedUntil || m.riskNegated.test(before)) {
      negatedUntil = hit.index + hit[0].length;
      continue;
    }
    const label = table.labels.get(hit[0]);
    if (label && !found.includes(label)) found.push(label);
  }
  return { found, negated: negatedUntil >= 0 };
}

/**
 * 风险 value → risks in order of mention. 无上访风险 cancels 上访; 无/低/一般 mean none; a risk
 * in words outside the tables (两家积怨很深) is 'other'. Only the first line decides that last case,
 * so a trailing note on the next line does not invent a risk.
 */
export function readRisks(folded: string, m: Matchers): Risk[] {
  const { found, negated } = scanRisks(folded, m.risks, m);
  if (found.length > 0 || negated) return found;
  const firstLine = (folded.split('\n')[0] ?? '').replace(RISK_LEAD, '').trim();
  if (!HAN_OR_DIGIT.test(firstLine) || m.riskNone.test(firstLine) || m.riskNoneEnd.test(firstLine)) return [];
  return ['other'];
}

/**
 * Risks said in a dispute's story when it has no 风险 field: 扬言要拿刀砍人, 说要去北京告. Only the
 * words that are no everyday story words count (打架 or 集体土地 flag nothing), and never 'other' for
 * words outside the tables: a story is not an answer to "what is the risk". The danger recogniser
 * adds the threats however they are worded (王老五扬言要杀了李四, 要杀他全家).
 */
export function readStoryRisks(said: string, m: Matchers): Risk[] {
  const folded = m.nameRiskPhrases(said);
  const found = new Set<Risk>(scanRisks(folded, m.storyRisks, m).found);
  for (const risk of storyRisks(folded)) found.add(risk);
  return [...found];
}

/** 张三和李四 → two parties; 张和平、谢和喜与龙某 → the 和 inside a name stays (a one-character piece is no name). */
function splitJoined(part: string, m: Matchers): string[] {
  const tokens = part.split(new RegExp(`(${m.partyJoin.source})`, 'u'));
  const out = [tokens[0] ?? ''];
  const short = (s: string) => s.replace(/\u0001\d+\u0002/gu, '').trim().length === 1;
  for (let i = 1; i + 1 < tokens.length; i += 2) {
    const next = tokens[i + 1]!;
    if (short(out[out.length - 1]!) || short(next)) out[out.length - 1] += tokens[i]! + next;
    else out.push(next);
  }
  return out;
}

// Details in brackets belong to the person before them: 杨秀英（女，52岁） is one party, its comma no split.
const BRACKETED = /[（(][^（()）]*[）)]/gu;

/**
 * 当事人 value → parties: split on 、 , / space and on 和/与/及 (but not inside 和平村 nor inside
 * brackets): '杨秀英（女，52岁）、潘老三（男）' → ['杨秀英（女，52岁）', '潘老三（男）'].
 */
export function readParties(clean: string, m: Matchers): string[] {
  const held: string[] = [];
  const hidden = clean.replace(BRACKETED, (b) => `\u0001${held.push(b) - 1}\u0002`);
  const restore = (s: string) => s.replace(/\u0001(\d+)\u0002/gu, (_, i: string) => held[Number(i)] ?? '');
  return hidden
    .split(/[、,，;；/／\s]+/u)
    .flatMap((part) => splitJoined(part, m))
    .map((p) => restore(p).trim())
    .filter((p) => HAN_OR_DIGIT.test(p));
}
