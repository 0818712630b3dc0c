import * as C from './consult-words.js';
import type { Need } from './signals.js';
import * as W from './words.js';

/**
 * The consultation reading: a villager's legal question often tells a past harm in detail
 * (拿石头打我家姑娘 头上缝了五针 医院花了一千多) and ends with a legal ask (大人要不要负责). A harm
 * told as finished, asked about as liability, cost or procedure, with nothing going on now, is a
 * question, not a cry. Nothing here lowers a message where someone is still at it, is held,
 * threatens, cries for help, or speaks of dying.
 */
const rx = (source: string) => new RegExp(source, 'u');
const GOING_ON = rx(C.GOING_ON);
const HELD = rx(C.HELD);
const RELEASED = rx(C.RELEASED);
const THREAT = rx(C.THREAT);
const SELF = rx(C.SELF);
const CRY = rx(`${W.HELP}|帮帮我|好害怕|好怕|吓死|来人`);
const STILL = rx(C.STILL);
const ASK = rx(C.ASK);
const LAW_CONSEQUENCE = rx(C.LAW_CONSEQUENCE);
const TREATED = rx(C.TREATED);
const FINISHED = rx(C.FINISHED);
const PROPERTY_DONE = rx(C.PROPERTY_DONE);
const STANDING = rx(C.STANDING);
const DATED = rx(C.DATED);
const BACK_THEN = rx(C.BACK_THEN);
const SETTLED = rx(C.SETTLED);
const LONG = rx(C.LONG);
const GONE = rx(C.GONE);
const RECENT = rx(C.RECENT);
// The existing legal-question weight (weigh.ts) already lowers these: not counted twice.
const LEGAL = rx(W.LEGAL);
const CHILD = rx(W.CHILD);
const FIRST_PERSON = /我|俺|咱/u;
const CLAUSE = /[，。！？!?；;、,.~…\n\s]+/u;
// A child's danger is lowered only by a harm treated and paid for, or by an adult long gone.
const CHILD_NEEDS: ReadonlySet<Need> = new Set(['childMissing', 'childWater', 'childHurt']);

/**
 * How much the consultation frame lowers a reading: 3 for a finished harm or a long absence asked
 * about, 2 for a standing problem or a question about the law with nobody of one's own in it, else 0.
 * consultWeight('…拿石头打我家姑娘 头上缝了五针 医院花了一千多…大人要不要负责', live, 'weapon') → 3
 */
export function consultWeight(folded: string, live: readonly string[], need: Need): number {
  const liveText = live.filter((c) => !BACK_THEN.test(c)).join('，');
  if (goingOn(liveText, folded) || CRY.test(folded)) return 0;
  const clauses = folded.split(CLAUSE).filter(Boolean);
  if (!ASK.test(clauses.slice(-2).join('，'))) return 0;
  if (STILL.test(liveText) && !LONG.test(folded)) return 0;
  if (adultLongGone(clauses) || SETTLED.test(folded)) return 3;
  // Treated and paid for with no other date in the story: this harm is the one asked about.
  if (TREATED.test(folded) && !DATED.test(folded)) return 3;
  if (CHILD_NEEDS.has(need)) return 0;
  // Finished and undated, things damaged, or held and out again (关在小黑屋里罚站 回来吓得哭).
  if ((FINISHED.test(folded) && !DATED.test(folded)) || PROPERTY_DONE.test(folded) || (HELD.test(folded) && RELEASED.test(folded))) return 3;
  if (STANDING.test(folded)) return 2;
  return !FIRST_PERSON.test(folded) && !LEGAL.test(folded) && LAW_CONSEQUENCE.test(clauses.slice(-2).join('，')) ? 2 : 0;
}

/** Still at it, held and not out again (后来放我走了 is read even where a past word has dropped it), threatening, or speaking of dying. */
function goingOn(live: string, folded: string): boolean {
  return GOING_ON.test(live) || (HELD.test(live) && !RELEASED.test(folded)) || THREAT.test(live) || SELF.test(live);
}

/** Someone gone for months or years (the time said in that clause or the two before), no child in it, nothing of today. */
function adultLongGone(clauses: readonly string[]): boolean {
  if (RECENT.test(clauses.join('，'))) return false;
  return clauses.some((c, i) => GONE.test(c) && LONG.test(clauses.slice(Math.max(0, i - 2), i + 1).join('，')) && !CHILD.test(clauses.slice(Math.max(0, i - 1), i + 1).join('，')));
}
