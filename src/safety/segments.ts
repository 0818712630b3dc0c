import { KEEP_AWAY } from './fields.js';
import * as W from './words.js';

/** A stretch of the message with one time and mood: the unit the signals are read in. */
export interface Segment {
  text: string;
  /** Past, supposed or already over: its signals do not count. */
  dead: boolean;
}

const rx = (source: string) => new RegExp(source, 'u');
// A past word that only dates a thing (去年买的雷管, 以前用的刀) dates nothing that happens now.
const ATTRIBUTIVE = '(?!(?:买|用|剩|留|藏|放|拿|借|偷|捡|做|磨|存|收|配|装|种|养)[^，。]{0,2}的)';
const PAST = rx(`${W.PAST}${ATTRIBUTIVE}`);
const DID_BEFORE = rx(W.DID_BEFORE);
const HYPOTHETICAL = rx(W.HYPOTHETICAL);
const RESOLVED = rx(W.RESOLVED);
// 不跟她儿子和好就把娃丢下去: a settling word inside a threat's condition settles nothing.
const CONDITION = new RegExp(W.CONDITION, 'gu');
const LEGAL = rx(W.LEGAL);
// 正 in 正当防卫, 正常 is no sign of now.
// 还 as repaying (逼他还, 还钱) and 在 as where a thing is put (锁在屋头) say nothing about now.
const PRESENT = rx(`${W.NOW}|又|(?<!(?:逼|让|要|叫|催|不)[他她你我]?)还(?![钱债款账清给])|正(?![当常规式经确义面月好])|刚|(?<![锁关放藏丢扔留落埋存寄])在`);
const ANGER_WISH = rx(W.ANGER_WISH);
// Gone since last night and not back: a recent past that dates an absence still going on (昨晚出去就没回来).
const RECENT = /昨天|昨晚|前天|前晚|那天|那晚|早上|上午|下午/u;
const STILL_AWAY = /(?:就|一直|都|还)(?:没|没有|莫)(?:回来|回家|到家|回屋|消息|音信)|一直(?:联系不上|打不通)/u;
// A time word opens a new stretch: "以前他打过我现在又拿刀追我" is two, past then now.
// 那次, 那回 point back at what came before them (着火那次), so they open nothing.
const TIME_START = new RegExp(`(?=(?!那次|那回|那时|那会|那年|那天|那晚)${W.PAST}${ATTRIBUTIVE}|现在|今天|今晚|刚才|刚刚|马上|这会|眼下)`, 'gu');
// An order dated in the past still stands (去年法院下了保护令): its clause is read, the past carried on.
const STANDING_ORDER = rx(KEEP_AWAY);
const CLAUSE_END = /[，。！？!?；;、,.~…\n]+/u;

/**
 * The message in clauses: split on punctuation, on spaces (short pieces typed word by word are
 * joined back), and before time words.
 */
export function segmentsOf(text: string): Segment[] {
  const clauses = text
    .split(CLAUSE_END)
    .flatMap(spaceClauses)
    .flatMap((c) => c.split(TIME_START));
  const pieces = clauses.map((c) => c.trim()).filter(Boolean);
  const resolvedAt = lastIndex(pieces, (p) => RESOLVED.test(p.replace(CONDITION, '')));
  let past = false;
  let supposed = false;
  // A supposition followed by a question about the law covers every clause up to it
  // (要是有人翻进我家院子 我拿锄头把他打伤了 算不算正当防卫), and what trails after the question (随便问问) unless it
  // says something is now (快来人).
  const askedAt = lastIndex(pieces, (p) => LEGAL.test(p));
  const askedLast = askedAt >= 0 && pieces.slice(askedAt + 1).every((p) => !PRESENT.test(p));
  return pieces.map((t, i) => {
    // A past time word carries over to the clauses after it until one says it is now again
    // (前几年发大水 我家房子垮了 现在还能申请吗).
    past = (PAST.test(t) && !(RECENT.test(t) && STILL_AWAY.test(t))) || (past && !PRESENT.test(t));
    // A supposition carries into the legal question about it (万一有人撬门 我拿棍子打他犯法吗).
    supposed = HYPOTHETICAL.test(t) || (supposed && (LEGAL.test(t) || (askedLast && i < askedAt)) && !PRESENT.test(t));
    return { text: t, dead: (past && !STANDING_ORDER.test(t)) || supposed || ANGER_WISH.test(t) || DID_BEFORE.test(t) || i <= resolvedAt };
  });
}

/** "他 在 打我 救命" is one clause typed word by word; "着火了 快来人" is two. */
function spaceClauses(clause: string): string[] {
  const out: string[] = [];
  let short = '';
  for (const piece of clause.split(/\s+/u).filter(Boolean)) {
    if (piece.length <= 2) short += piece;
    else {
      out.push(short + piece);
      short = '';
    }
  }
  if (short) out.push(short);
  return out;
}

function lastIndex<T>(xs: readonly T[], test: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (test(xs[i]!)) return i;
  return -1;
}
