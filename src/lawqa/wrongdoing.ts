import { foldFullWidth } from '../kernel/text.js';
import { normalizeQuestion } from './expand.js';
import {
  ACTS,
  ANIMAL,
  CHECKING,
  HURT,
  OTHERS_ANIMAL,
  CONCEAL,
  OFFICIAL,
  OWN_ANIMAL,
  PERSON_TARGET,
  PEST,
  REFUSALS,
  REQUEST,
  REQUEST_AFTER,
  SOMEONE_ELSE,
  WILL,
  type ActKind,
  type WrongKind,
} from './wrongdoing-words.js';

/** A request for help with something illegal, and the refusal that answers it. */
export interface Wrongdoing {
  kind: WrongKind;
  /** Short: it is illegal, the article, nothing that helps. */
  refusal: string;
}

const rx = (s: string) => new RegExp(s, 'u');
const COMPILED = ACTS.map(([kind, sources]) => [kind, new RegExp(sources.join('|'), 'gu')] as const);
const RX = {
  request: rx(`${REQUEST}[^,.!?;]{0,10}$`),
  after: rx(`^.{0,12}?${REQUEST_AFTER}`),
  conceal: rx(CONCEAL),
  else: rx(SOMEONE_ELSE),
  checking: rx(CHECKING),
  will: rx(WILL),
  official: rx(`${OFFICIAL}|章`),
  animal: rx(ANIMAL),
  own: rx(`${OWN_ANIMAL}[^,.!?;]{0,3}${ANIMAL}`),
  othersAnimal: rx(`${OTHERS_ANIMAL}[^,.!?;]{0,3}${ANIMAL}`),
  pest: rx(PEST),
  person: rx(PERSON_TARGET),
  hurt: rx(`${HURT}|投毒|下毒|下药|毒杀`),
  // 是伪造的: the act described, not asked for.
  described: /^的(?:吗|么|呢|,|$)/u,
};
const CLAUSE_MARK = /[,.!?;]/u;
const OWNER = /(?:他|她|人|邻居|隔壁)(?:家的?|的)/gu;

/** The act's clause: the part before it and the whole. */
function clause(q: string, at: number, act: string): { before: string; whole: string } {
  const start = Math.max(...[',', '.', '!', '?', ';'].map((c) => q.lastIndexOf(c, at - 1))) + 1;
  const tail = q.slice(at + act.length);
  const end = tail.search(CLAUSE_MARK);
  return { before: q.slice(start, at), whole: q.slice(start, at + act.length) + (end < 0 ? tail : tail.slice(0, end)) };
}

/** Whether this occurrence of an act is asked for (not suffered, described, past or checked). */
function asked(q: string, at: number, act: string): boolean {
  const { before } = clause(q, at, act);
  const after = q.slice(at + act.length);
  if (RX.described.test(after) || before.endsWith('是') || before.includes('被')) return false;
  if (RX.checking.test(before) || RX.else.test(before)) return false;
  // 毒死了 on its own is told, not asked; asked for, 删了不被发现 is still a request.
  return RX.request.test(before) || RX.after.test(after) || RX.conceal.test(q);
}

/** Which forgery (by the document named) or harm (by its target), or null when it is none. */
function kindOf(act: ActKind, q: string, whole: string): WrongKind | null {
  if (act === 'forge') return RX.will.test(q) ? 'forgeWill' : RX.official.test(whole) ? 'forgeOfficial' : 'forgePrivate';
  if (act !== 'harm') return act;
  // Only the asker's own animal (putting down a sick dog) is theirs to decide about.
  if (RX.pest.test(whole) || (RX.own.test(q) && !RX.othersAnimal.test(q))) return null;
  // 邻居家的狗, 他的鸡: an owner named before the animal is no target.
  const target = RX.person.test(whole.replace(OWNER, ''));
  if (RX.animal.test(q) && !target) return 'poisonAnimal';
  // 用农药 with nobody named is farming; a blow (打死, 砍死) or a wish to hide it is harm whoever is meant.
  return target || RX.hurt.test(whole) || RX.conceal.test(q) ? 'harmPerson' : null;
}

/**
 * A question asking how to forge, poison, hurt, evade the police or track someone, or null.
 * wrongdoingOf('帮我写一张假借条') → { kind: 'forgePrivate', refusal: '伪造借条…违法…' };
 * wrongdoingOf('别人伪造了我的签名怎么办') → null.
 */
export function wrongdoingOf(question: string): Wrongdoing | null {
  // Spaces end clauses in phone typing; 。 and 、 too (normalizeQuestion folds ，？！； to ASCII).
  const q = normalizeQuestion(foldFullWidth(question).trim().replace(/\s+/gu, ',')).replace(/[。、]/gu, ',');
  for (const [act, re] of COMPILED) {
    for (const m of q.matchAll(re)) {
      const at = m.index ?? 0;
      if (!asked(q, at, m[0])) continue;
      const kind = kindOf(act, q, clause(q, at, m[0]).whole);
      if (kind) return { kind, refusal: REFUSALS[kind] };
    }
  }
  return null;
}
