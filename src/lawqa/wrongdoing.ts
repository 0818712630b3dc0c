import { foldFullWidth } from '../kernel/text.js';
import { normalizeQuestion } from './expand.js';
import {
  ACTS,
  ANIMAL,
  CHECKING,
  HURT,
  OTHERS_ANIMAL,
  CONCEAL,
  COVER_UP,
  HOW_TO,
  INTENT,
  OFFICIAL,
  OWN_ANIMAL,
  PERSON_TARGET,
  PEST,
  PRIVATE,
  REFUSALS,
  REQUEST,
  REQUEST_AFTER,
  SOMEONE_ELSE,
  WILL,
  WRONGED,
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
  // Only the how-to words and the asker's own wish: a bare 想, 要 is too often the thing itself (牛要病死了)
  // or someone else's (投毒要赔几十万).
  strong: /怎么|怎样|咋|如何|教我|帮我|有没有办法|我想|我要/u,
  intent: rx(INTENT),
  conceal: rx(CONCEAL),
  else: rx(SOMEONE_ELSE),
  checking: rx(CHECKING),
  will: rx(WILL),
  official: rx(`${OFFICIAL}|章`),
  privateDoc: rx(PRIVATE),
  animal: rx(ANIMAL),
  own: rx(`${OWN_ANIMAL}[^,.!?;]{0,3}${ANIMAL}`),
  othersAnimal: rx(`${OTHERS_ANIMAL}[^,.!?;]{0,3}${ANIMAL}`),
  pest: rx(PEST),
  person: rx(PERSON_TARGET),
  hurt: rx(`${HURT}|投毒|下毒|下药|毒杀`),
  howTo: rx(HOW_TO),
  lawful: /犯法[不吗没]|违法[不吗没]|合法[不吗]|算不算违法|犯不犯法|(?:要|该)?去哪里办|办哪样手续|要哪样手续|怎么办手续/u,
  coverUp: rx(COVER_UP),
  wronged: rx(WRONGED),
  // 喊 alone is "get someone to" (喊他把快递拆了); 喊要 is a threat told; 听说 is hearsay about a means, not a threat.
  reported: /(?:(?<![你听])(?:说|讲|扬言|威胁|放话|吼|嚷)(?:过|了|着)?|喊着?要)[^,.!?;]{0,6}$/u,
  onMe: /^(?:我|俺)/u,
  mine: /我|俺/u,
  // 是伪造的: the act described, not asked for.
  described: /^的(?:吗|么|呢|,|$)/u,
};
const CLAUSE_MARK = /[,.!?;]/u;
// 邻居家的狗, 他的鸡, 他鱼塘: the owner, not a person to be harmed.
const OWNER = /(?:他|她|人|邻居|隔壁)(?:家的?|的)|(?:他|她)(?=鱼塘|塘|圈|田)/gu;

const clauseStart = (q: string, at: number) => Math.max(...[',', '.', '!', '?', ';'].map((c) => q.lastIndexOf(c, at - 1))) + 1;

/** The act's clause: the part before it, the clause before that, and the whole. */
function clause(q: string, at: number, act: string): { before: string; previous: string; whole: string } {
  const start = clauseStart(q, at);
  const tail = q.slice(at + act.length);
  const end = tail.search(CLAUSE_MARK);
  const previous = start > 1 ? q.slice(clauseStart(q, start - 1), start - 1) : '';
  return { before: q.slice(start, at), previous, whole: q.slice(start, at + act.length) + (end < 0 ? tail : tail.slice(0, end)) };
}

/**
 * Whether this occurrence of an act is asked for (not suffered, described, past or checked). `wished`: the
 * message as a whole wants it hidden or says the asker's own wish (read once per message).
 */
function asked(q: string, at: number, act: string, kind: ActKind, wished: boolean): boolean {
  const { before, previous } = clause(q, at, act);
  const after = q.slice(at + act.length);
  // 是伪造的, 被人伪造, 都遭毒死了, 电过一回: described, suffered or done before, not asked for.
  if (RX.described.test(after) || after.startsWith('过') || before.endsWith('是') || /被|遭$/u.test(before)) return false;
  if (RX.checking.test(before) || RX.else.test(before.replace(OWNER, ''))) return false;
  // Someone else's words told (他说要弄死我, 隔壁喊要往井头下药), or the asker as the one harmed (…杀了我).
  if (RX.reported.test(before) || (kind === 'harm' && (RX.onMe.test(after) || RX.mine.test(act)))) return false;
  // 毒死了 on its own is told, not asked; asked for, 删了不被发现 is still a request. A wide act may hold
  // its own request word (章你说咋个整一个差不多的); an act opening its clause may be asked for in the
  // clause before (帮我补张收条 日子写成前年的).
  const askedBefore = !before && RX.strong.test(previous);
  return wished || RX.request.test(before) || askedBefore || RX.strong.test(act.slice(1, -1)) || RX.after.test(after);
}

/** Which forgery (by the document named) or harm (by its target), or null when it is none. */
function kindOf(act: ActKind, q: string, whole: string): WrongKind | null {
  // The paper is named in the act's clause, or elsewhere when the clause names none (结婚证借来 我照着做个像的).
  const official = RX.official.test(whole) || (!RX.privateDoc.test(whole) && RX.official.test(q));
  if (act === 'forge') return RX.will.test(q) ? 'forgeWill' : official ? 'forgeOfficial' : 'forgePrivate';
  if (act !== 'harm') return act;
  // Only the asker's own animal (putting down a sick dog) is theirs to decide about.
  if (RX.pest.test(whole) || (RX.own.test(q) && !RX.othersAnimal.test(q))) return null;
  // 邻居家的狗, 他的鸡: an owner named before the animal is no target.
  const target = RX.person.test(whole.replace(OWNER, ''));
  // 拌点饭给它, 包在馒头里喂它: the food is the beast's when it is given to 它.
  if (RX.animal.test(q) && (!target || /给它|它吃|喂它/u.test(whole))) return 'poisonAnimal';
  // 用农药 with nobody named is farming; a blow (打死, 砍死) or a wish to hide it is harm whoever is meant.
  return target || RX.hurt.test(whole) || RX.conceal.test(q) ? 'harmPerson' : null;
}

/**
 * A question asking how to forge, poison, hurt, evade the police, track someone or cheat for money, or null.
 * wrongdoingOf('帮我写一张假借条') → { kind: 'forgePrivate', refusal: '伪造借条…违法…' };
 * wrongdoingOf('别人伪造了我的签名怎么办') → null.
 */
export function wrongdoingOf(question: string): Wrongdoing | null {
  // Spaces end clauses in phone typing; 。 and 、 too (normalizeQuestion folds ，？！； to ASCII).
  const q = normalizeQuestion(foldFullWidth(question).trim().replace(/\s+/gu, ',')).replace(/[。、]/gu, ',');
  const hidden = RX.conceal.test(q) || RX.coverUp.test(q);
  // Asked whether it is allowed or how it is done lawfully (自己找刻章的刻犯法不, 要去哪里办), with nothing hidden.
  if (RX.lawful.test(q) && !hidden) return null;
  const wished = hidden || RX.intent.test(q);
  for (const [act, re] of COMPILED) {
    for (const m of q.matchAll(re)) {
      const at = m.index ?? 0;
      if (!asked(q, at, m[0], act, wished)) continue;
      const kind = kindOf(act, q, clause(q, at, m[0]).whole);
      if (kind) return { kind, refusal: REFUSALS[kind] };
    }
  }
  // No act of a known kind, but a how-to whose point is that nobody finds out.
  if (RX.howTo.test(q) && RX.coverUp.test(q) && !RX.wronged.test(q)) return { kind: 'coverUp', refusal: REFUSALS.coverUp };
  return null;
}
