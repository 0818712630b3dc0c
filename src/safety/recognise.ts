import { broadNeed, KITCHEN_WORK } from './broad.js';
import { consultWeight } from './consult.js';
import { foldDialect } from './dialect.js';
import { everydaySenses } from './everyday.js';
import { foldText } from './fold.js';
import { frameNeed } from './frames.js';
import { type DangerReading, type Found, KIND_OF, NONE, STRONG, URGENT_AT, WEAK } from './kinds.js';
import { refineNeed } from './refine.js';
import { segmentsOf } from './segments.js';
import { COMBOS, type Need, SIGNALS } from './signals.js';
import { matchesUnnegated } from './unnegated.js';
import { beastHeld, beastOnly, caughtAlready, custodyOnly, discount, errandOnly } from './weigh.js';
import * as W from './words.js';

export type { DangerKind, DangerReading } from './kinds.js';

const rx = (source: string) => new RegExp(source, 'u');
const NOW = rx(W.NOW);
const NOW_ASKED = new RegExp(W.NOW_ASKED, 'gu');
const HABITUAL = rx(W.HABITUAL);
const FARMING = rx(W.FARMING);
const FAMILY = rx(W.FAMILY);
// A wound, a blow or a poison only a beast took is the vet's.
const HURT_NEEDS: ReadonlySet<Need> = new Set(['medical', 'poisoned', 'beat']);
const GROUP_WORK = rx(W.GROUP_WORK);
const PEST_CARE = rx(W.PEST_CARE);
const AT_ODDS = rx(W.AT_ODDS);
// Readings of the whole message that empty a need: a wound only a beast took; poison put in a pond or on
// pests by the writer (someone sick from it still counts); a school run or a custody question; a drunk
// driver already stopped; a strayed beast penned for a fee.
const CALM_READINGS: [ReadonlySet<Need>, (folded: string) => boolean][] = [
  [HURT_NEEDS, beastOnly],
  [new Set(['arson']), (f) => PEST_CARE.test(f)],
  [new Set(['childMissing']), (f) => errandOnly(f) || custodyOnly(f)],
  [new Set(['drunkDrive']), caughtAlready],
  [new Set(['detain']), beastHeld],
];
const IDIOM = new RegExp(`${W.IDIOM}|${W.ANGER_BODY}`, 'gu');
// A bare alarm (他拿刀了, 我流血了): a person and what has just happened, in a few characters, asking nothing, is
// written as it happens (a bare topic word, 保护令 or 放火, tells no event).
const BARE = new RegExp(`^${W.PERSON}[^？?吗么呢嘛没不，。\\s]{1,5}了$`, 'u');

/**
 * Is someone in danger now? Reads what is happening clause by clause, drops past, supposed and
 * settled clauses, and weighs news, notices, others' cases and legal questions.
 * recogniseDanger('他拎着柴刀在院坝里喊要砍死我') → { urgent: true, kind: 'weapon-threat', strength: 'strong', … }
 */
export function recogniseDanger(text: string): DangerReading {
  // Set sayings (借刀杀人) and anger felt in the body (气得头都晕了) are taken out first: they tell of no event.
  const folded = everydaySenses(foldDialect(foldText(text)).replace(IDIOM, ''));
  const segments = segmentsOf(folded);
  const live = segments.filter((s) => !s.dead).map((s) => s.text);
  if (live.length === 0) return NONE;
  const whole = live.join('，');
  const now = NOW.test(whole.replace(NOW_ASKED, '')) || BARE.test(whole);
  const broad = () => (HABITUAL.test(whole) ? null : broadNeed(live, folded, now));
  // A set form, or an event frame when it is surer (a weak form alone is 1, a frame 2), or the broad fields.
  const found = stronger(strongestNeed(live), frameNeed(live)) ?? broad();
  if (!found) return NONE;
  if (CALM_READINGS.some(([needs, calm]) => needs.has(found.need) && calm(folded))) return NONE;
  const score = found.score + (now ? 1 : HABITUAL.test(whole) ? -1 : 0) - discount(folded, now, segments) - consultWeight(folded, live, found.need);
  if (score < URGENT_AT) return NONE;
  const need = refineNeed(found.need, whole, folded);
  return { urgent: true, kind: KIND_OF[need], strength: score >= STRONG ? 'strong' : 'weak', need, domestic: FAMILY.test(whole) };
}

function strongestNeed(live: readonly string[]): Found | null {
  let best: Found | null = null;
  const consider = (need: Need, score: number) => {
    if (!best || score > best.score) best = { need, score };
  };
  // A knife readied in one clause and the meat in the next (刚把刀磨好 明天杀猪) is still kitchen work.
  const whole = live.join('，');
  const kitchen = KITCHEN_WORK.test(whole);
  // Tools in a crowd's hands at work (几十个人去修路 带了锄头) are no clash, unless it is at odds with someone.
  const atWork = GROUP_WORK.test(whole) && !AT_ODDS.test(whole);
  for (const seg of live) {
    for (const s of SIGNALS) {
      if (s.need === 'selfHarm' && FARMING.test(seg)) continue;
      if (s.need === 'weapon' && kitchen) continue;
      if (matchesUnnegated(s.rx, seg)) consider(s.need, s.strong ? STRONG : WEAK);
    }
  }
  // The second word of a pair is read unnegated too: 保证书不再打我 is no breach.
  for (const c of COMBOS)
    if (!(c.need === 'weapon' && kitchen) && !(c.need === 'crowd' && atWork) && c.when.test(whole) && matchesUnnegated(c.with, whole.replace(c.when, ''))) consider(c.need, STRONG);
  return best;
}

function stronger(a: Found | null, b: Found | null): Found | null {
  if (!a || !b) return a ?? b;
  return b.score > a.score ? b : a;
}
