import * as A from './acts.js';
import * as F from './fields.js';
import type { Found } from './kinds.js';
import type { Need } from './signals.js';
import { matchesUnnegated } from './unnegated.js';
import * as W from './words.js';

/**
 * Event frames: who is hurt × how × that it is now, each part a field of meaning (fields.ts), all
 * parts in one stretch of the message. A frame catches a new wording of a known kind of danger
 * because it asks for the parts of the event, not for a phrase: 把他婆娘摁在猪圈边上一顿乱捶 婆娘嗷嗷叫
 * is a blow on a person and a cry, however the blow and the cry are said.
 */
interface Frame {
  need: Need;
  parts: RegExp[];
  /** An everyday sense that empties the frame: farm work, meat, cooking. */
  not?: RegExp;
}

const g = (source: string) => new RegExp(source, 'gu');
const EVERYDAY = g(`${W.FARMING}|(?:杀|宰|剁|砍|锯|切|剖|炖)了?${W.NOT_PERSON}(?![刀斧])|杀鸡|杀鸭|剁肉|熏|烧纸|烧香|烟囱|抽烟|烟花|鞭炮`);
// A wound from farm work is still a wound: only meat and blood food empty the bleeding frames.
const MEAT = g('(?:杀|宰|剁|剖)了?(?:猪|鸡|鸭|鹅|牛|羊|鱼|兔)|杀鸡|杀鸭|剁肉|猪血|鸭血|排骨');
const frame = (need: Need, ...parts: string[]): Frame => ({ need, parts: parts.map(g), not: EVERYDAY });
const wound = (...parts: string[]): Frame => ({ need: 'medical', parts: parts.map(g), not: MEAT });

const FRAMES: Frame[] = [
  frame('beat', F.BLOW_ON_WHO, `${F.HURT}|${F.GOING_ON}|${F.DISTRESS}`),
  frame('beat', F.FORCED_AWAY, F.HURT_INTENT),
  frame('beat', F.CORNERED, F.CRY),
  { need: 'beat', parts: [g(F.HEARD_CRY)], not: g(F.SHAM_CRY) },
  frame('beat', F.WHO, F.SMOTHER),
  frame('beat', F.BODY_AIM),
  frame('beat', F.FIGHT, F.SEVERE),
  frame('threat', F.HURT_INTENT, F.SOON),
  frame('weapon', F.ARMED, F.MENACE),
  frame('selfHarm', F.SUFFERING, F.GOING_AWAY),
  frame('selfHarm', F.SUFFERING, F.MEANS),
  frame('selfHarm', F.SUFFERING, F.ENTRUST),
  frame('selfHarm', F.STOCKPILED, F.ENTRUST),
  frame('selfHarm', F.FUEL, F.SELF_BURN),
  // 不过了 (I'm done) counts only with a heading to water or a height: alone it is often a divorce.
  frame('selfHarm', `${F.GOING_AWAY}|${F.SUFFERING}|${F.FAREWELL}|不过了`, F.HEADING),
  frame('selfHarm', F.AT_EDGE, F.WONT_COME),
  // By a drop, a parting word or a farewell, and then no answer (他在水库坝上 跟我说拜拜 再打就不接了).
  { need: 'selfHarm', parts: [g(`${F.AT_EDGE}|${F.BY_DROP}`), g(`${F.PARTING}|${F.FAREWELL}`), g(F.GONE)], not: g(F.PLAIN_ABSENCE) },
  // At the edge and saying why: 站在桥栏杆外面 不想再拖累家里.
  frame('selfHarm', F.AT_EDGE, `${F.SUFFERING}|${F.FAREWELL}|${F.GOING_AWAY}`),
  frame('selfHarm', F.FAREWELL, F.GONE),
  frame('selfHarm', F.CARRY_MEANS, F.SHUT_AWAY),
  frame('selfHarm', F.MEANS, A.TAKE_IT),
  frame('selfHarm', '把自己[^，。]{0,2}(?:反锁|锁|关)', `${F.UNRESPONSIVE}|${F.MEANS}|刀片|药瓶|炭`),
  frame('selfHarm', `${F.WILL}[^，。]{0,6}${F.SELF_METHOD}`),
  frame('poisoned', F.SWALLOW),
  { need: 'poisoned', parts: [g(F.POISON), g(F.SWALLOWED)], not: g(`${W.FARMING}|(?:猫|狗|鸡|鸭|猪|牛|羊|老鼠)[^，。]{0,2}(?:吃|喝)`) },
  frame('poisoned', F.RISKY_FOOD, F.SICK),
  frame('detain', F.LOCKED_IN, F.CUT_OFF),
  // Shut in from outside and kept until one pays or signs (催收的把门从外面拴着 说不还钱莫想出门).
  frame('detain', A.SHUT_OUTSIDE, A.KEPT_UNTIL),
  frame('arson', F.POISON_PUT),
  frame('childMissing', F.SNATCH),
  frame('detain', A.ABDUCT),
  frame('detain', A.SEIZED, A.INTO_CAR),
  // Tied to a post, a tree or a bed and left there (in the sun, the cold, past crying): held, and a child so held is a child hurt.
  frame('detain', F.TIED, F.LEFT_SO),
  // Kindling laid at a house and a flame ready (not the stove's).
  { need: 'arson', parts: [g(A.FUEL_LAID), g(A.LIGHT_READY)], not: g(A.HEARTH) },
  // Poison named, someone about to put it, and what people drink or eat (not pests, fields or ponds treated,
  // unless it goes into a household's water or food: 为了田坎吵架 说要买农药倒我家井里).
  { need: 'arson', parts: [g(A.POISON_NAMED), g(A.POISON_PUT_SOON), g(A.DRINK_OR_FOOD)], not: g(`${A.PEST_WORK}|^(?!.*${A.HOUSEHOLD_SUPPLY}).*(?:${A.FIELDS})`) },
  // Someone old or frail not back, and out of reach or out after dark (not at work, cards, a relative's).
  { need: 'lost', parts: [g(A.FRAIL), g(A.STILL_OUT), g(A.OUT_OF_REACH)], not: g(A.AWAY_ON_PURPOSE) },
  frame('childWater', F.CHILD, F.WATER_PLACE, A.WATER_TRACE),
  frame('selfHarm', F.WATER_PLACE, A.LEFT_ON_BANK, F.GONE),
  frame('gas', A.GAS_SMELL, A.GAS_ILL),
  frame('childWater', F.CHILD, F.WATER_PLACE, F.NOT_BACK),
  frame('childMissing', F.CHILD, F.NOT_BACK, F.LOOKED_FOR),
  frame('childMissing', F.CHILD, F.STRANGE, F.LURE),
  frame('childHurt', F.CHILD, F.CRITICAL),
  frame('childWater', F.CHILD, F.HIGH_PLACE),
  frame('water', F.SWIM, F.UNDER),
  // Swept off, and it is a person (not the ducks or the maize).
  frame('water', `${F.WHO}[^，。]{0,6}(?:${F.SWEPT})`),
  frame('water', F.WATER_PLACE, F.STRUGGLE),
  frame('water', F.WATER_PLACE, A.SLIPPED_GONE),
  { need: 'water', parts: [g(F.WATER_PLACE), g(F.FELL_IN)], not: g('手机|钥匙|东西|桶|鞋|钱包|帽子') },
  frame('childMissing', F.CHILD, F.CALLED_IN, F.SHUT),
  // A child writing of themself: called over by an older one, told to keep it secret, the door shut.
  frame('stalk', F.CALLED_OVER, F.SECRET, F.SHUT_ON),
  frame('crowd', W.GROUP, F.MOBILISE, `${F.CLASH}|${W.WEAPON}|今天|现在`),
  frame('order', F.KEEP_AWAY, F.THERE),
  frame('stalk', F.STRANGE, F.AT_DOOR),
  frame('stalk', F.STRIPPED),
  frame('stalk', F.STRANGE, F.LURKING, F.AGAIN),
  frame('stalk', F.FOLLOWED),
  frame('stalk', F.GROPED),
  frame('stalk', A.GROPING, A.STILL_THERE),
  frame('stalk', F.CHASED, `${F.DISTRESS}|跑|躲|不敢`),
  frame('gas', F.FUMES, F.UNRESPONSIVE),
  frame('gas', F.GAS, F.GAS_SIGN),
  frame('pit', F.PIT, F.UNRESPONSIVE),
  frame('fire', F.SMOKE, F.TRAPPED),
  frame('fire', F.IGNITED, `${F.SMOKE}|${F.INDOOR_SMOKE}|${F.FIRE_SPREAD}`),
  { need: 'wildfire', parts: [g(F.HILLSIDE), g(F.HILL_FIRE)], not: g(`${A.FIELD_BURN}|${EVERYDAY.source}`) },
  frame('electric', F.WIRE, F.SPARKING),
  // A person on a live thing (踩到抽水机的电线) and down or shaking: the current is still in them.
  frame('electric', A.ON_LIVE, A.SHOCKED),
  frame('flood', F.LEVEE, F.LEAK, F.GOING_ON),
  frame('flood', F.RISING, `${F.TRAPPED}|${F.WHO}[^，。]{0,3}在(?:里面|屋里|楼上|房顶)`),
  wound(F.COLLAPSE, F.GRAVE),
  wound(F.PINNED),
  wound(F.STRUCK, `${F.HURT}|${F.CRITICAL}|${F.UNRESPONSIVE}|压`),
  wound(F.BLEEDING),
  wound(F.FALL, `${F.FALL_HURT}|${F.UNRESPONSIVE}`),
  wound(F.TOPPLED, `${F.UNRESPONSIVE}|${F.CRITICAL}`),
  wound(F.STING, `${F.CRITICAL}|肿|睁不开`),
  // A beast's attack on a person: not livestock it killed, not a question about the jabs.
  { need: 'medical', parts: [g(F.BEAST), g(F.MAULED)], not: g('(?:羊|鸡|鸭|鹅|猪|兔|猫)[^，。]{0,2}被|疫苗|打针|几针') },
  wound(F.CHEST, F.HEART_SIGN),
  wound(A.UNSEEN_FOR_DAYS, A.NO_ANSWER_AT_DOOR),
  // A big beast on a person, who is hurt, still, or thrown down a drop.
  { need: 'medical', parts: [g(A.BIG_BEAST), g(A.BUTTED), g(`${F.HURT}|${F.CRITICAL}|${F.UNRESPONSIVE}|${A.THROWN_DOWN}`)], not: g('疫苗|打针|几针') },
  { need: 'medical', parts: [g(A.BEAST_ON_WHO), g(`${F.HURT}|${F.CRITICAL}|${F.UNRESPONSIVE}|${A.THROWN_DOWN}`)], not: g('疫苗|打针|几针') },
];

const SHORT = 50;

/** The first frame whose parts all fall in one stretch of up to three live clauses (or a short message). */
export function frameNeed(live: readonly string[]): Found | null {
  const whole = live.join('，');
  const windows = whole.length <= SHORT ? [whole] : live.map((_, i) => live.slice(i, i + 3).join('，'));
  for (const w of windows) {
    const hit = FRAMES.find((f) => !(f.not && matchesUnnegated(f.not, w)) && f.parts.every((p) => matchesUnnegated(p, w)));
    // As much as a weak signal with a sign of now: the frame is the event, not its certainty.
    if (hit) return { need: hit.need, score: 2 };
  }
  return null;
}
