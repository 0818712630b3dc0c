import { broadNeed, KITCHEN_WORK } from './broad.js';
import { foldDialect } from './dialect.js';
import { foldText } from './fold.js';
import { segmentsOf } from './segments.js';
import { COMBOS, SIGNALS, type Need } from './signals.js';
import * as W from './words.js';

/** The dev set's names for the kinds of danger now. */
export type DangerKind =
  | 'violence-now'
  | 'weapon-threat'
  | 'arson-poison-threat'
  | 'self-harm'
  | 'detention'
  | 'child-danger'
  | 'stalking-assault'
  | 'crowd-clash'
  | 'protection-order-breach'
  | 'home-emergency'
  | 'other-emergency';

export interface DangerReading {
  urgent: boolean;
  kind: DangerKind | null;
  /** strong: answer even where nobody asked (a group without @); weak: alert staff, stay quiet in the group. */
  strength: 'strong' | 'weak' | 'none';
  need: Need | null;
  /** Harm between kin or partners (for the protection-order line). */
  domestic: boolean;
}

const KIND_OF: Record<Need, DangerKind> = {
  beat: 'violence-now',
  threat: 'weapon-threat',
  weapon: 'weapon-threat',
  arson: 'arson-poison-threat',
  selfHarm: 'self-harm',
  poisoned: 'other-emergency',
  detain: 'detention',
  childMissing: 'child-danger',
  childWater: 'child-danger',
  childHurt: 'child-danger',
  stalk: 'stalking-assault',
  crowd: 'crowd-clash',
  order: 'protection-order-breach',
  fire: 'home-emergency',
  wildfire: 'other-emergency',
  gas: 'home-emergency',
  electric: 'home-emergency',
  flood: 'home-emergency',
  pit: 'home-emergency',
  medical: 'other-emergency',
  drunkDrive: 'other-emergency',
  water: 'other-emergency',
};

const rx = (source: string) => new RegExp(source, 'u');
const NOW = rx(W.NOW);
const HABITUAL = rx(W.HABITUAL);
const NEGATED_BEFORE = rx(`${W.NEGATION}$`);
const FARMING = rx(W.FARMING);
const FAMILY = rx(W.FAMILY);
const AT_ME = rx(`${W.BEAT}(?:我|俺)`);
const AT_CHILD = rx(`${W.BEAT}[^，。]{0,2}${W.YOUNG}|${W.YOUNG}[^，。]{0,3}(?:挨打|被[^，。]{0,12}(?:打|揍|踢|按|戳))`);
// Scores: a strong form is 3, a weak one 1; a sign of now adds 1; 2 or more is urgent.
const STRONG = 3;
const WEAK = 1;
const URGENT_AT = 2;
const HELP = rx(W.HELP);
// News and notices outweigh any signal, unless someone cries for help (走访时发现着火了 快来人).
const NEWS = rx(W.NEWS);
const LEGAL = rx(W.LEGAL);
const DONE_HARM = rx(W.DONE_HARM);
const AFTERMATH = rx(W.AFTERMATH);
const CROP_HARM = rx(W.CROP_HARM);
const OWN_ANIMAL_HARM = rx(W.OWN_ANIMAL_HARM);
const OTHERS = rx(W.OTHERS);
// The writer's own child or kin: 同学, 朋友 around them are actors in the writer's case, not someone else's case.
const OWN_KIN = rx(`(?:我|俺)(?:们)?家?的?(?:${W.KIN}|${W.CHILD})`);
const TOLD: [RegExp, number][] = [
  [NEWS, 3],
  [rx(W.NOTICE), 3],
];
const ASKED: [RegExp, number][] = [
  [OTHERS, 1],
  [LEGAL, 1],
  [rx(W.HEARSAY), 1],
  [rx(W.GAME), 2],
];

const NONE: DangerReading = { urgent: false, kind: null, strength: 'none', need: null, domestic: false };

/**
 * Is someone in danger now? Reads what is happening clause by clause, drops past, supposed and
 * settled clauses, and weighs news, notices, others' cases and legal questions.
 * recogniseDanger('他拎着柴刀在院坝里喊要砍死我') → { urgent: true, kind: 'weapon-threat', strength: 'strong', … }
 */
export function recogniseDanger(text: string): DangerReading {
  const folded = foldDialect(foldText(text));
  const live = segmentsOf(folded)
    .filter((s) => !s.dead)
    .map((s) => s.text);
  if (live.length === 0) return NONE;
  const whole = live.join('，');
  const now = NOW.test(whole);
  const broad = () => (HABITUAL.test(whole) ? null : broadNeed(live, folded, now));
  const found = strongestNeed(live) ?? broad();
  if (!found) return NONE;
  const score = found.score + (now ? 1 : HABITUAL.test(whole) ? -1 : 0) - discount(folded, now);
  if (score < URGENT_AT) return NONE;
  const need = refineNeed(found.need, whole, folded);
  return { urgent: true, kind: KIND_OF[need], strength: score >= STRONG ? 'strong' : 'weak', need, domestic: FAMILY.test(whole) };
}

function strongestNeed(live: readonly string[]): { need: Need; score: number } | null {
  let best: { need: Need; score: number } | null = null;
  const consider = (need: Need, score: number) => {
    if (!best || score > best.score) best = { need, score };
  };
  // A knife readied in one clause and the meat in the next (刚把刀磨好 明天杀猪) is still kitchen work.
  const kitchen = KITCHEN_WORK.test(live.join('，'));
  for (const seg of live) {
    for (const s of SIGNALS) {
      if (s.need === 'selfHarm' && FARMING.test(seg)) continue;
      if (s.need === 'weapon' && kitchen) continue;
      if (matchesUnnegated(s.rx, seg)) consider(s.need, s.strong ? STRONG : WEAK);
    }
  }
  const whole = live.join('，');
  for (const c of COMBOS) if (!(c.need === 'weapon' && KITCHEN_WORK.test(whole)) && c.when.test(whole) && c.with.test(whole.replace(c.when, ''))) consider(c.need, STRONG);
  return best;
}

/** A match that is not right after 没, 不, 差点: "现在不打了" is no beating. */
function matchesUnnegated(re: RegExp, seg: string): boolean {
  re.lastIndex = 0;
  for (const m of seg.matchAll(re)) {
    if (!NEGATED_BEFORE.test(seg.slice(Math.max(0, m.index - 3), m.index))) return true;
  }
  return false;
}

// The writer or their household in the message: a news word or a legal question then weighs less,
// since the danger may be their own (他们不让我打视频 / 他把我锁在屋里 犯法吗).
const FIRST_PERSON = /我|俺|咱/u;

function discount(folded: string, now: boolean): number {
  const helpAsked = HELP.test(folded);
  const table = helpAsked ? ASKED : [...TOLD, ...ASKED];
  const own = FIRST_PERSON.test(folded);
  const ownKin = OWN_KIN.test(folded);
  // 儿子把对方打伤了，医药费要大人出吗: a harm already done, asked about who pays, is a legal
  // question about the past, not someone in danger (unless something is still happening or help is called for);
  // so are trees and crops cut or stolen, and the writer's own wish to poison an animal (a wrongdoing request).
  const aftermath = !now && !helpAsked && DONE_HARM.test(folded) && AFTERMATH.test(folded) ? STRONG : 0;
  const crops = !helpAsked && (CROP_HARM.test(folded) || OWN_ANIMAL_HARM.test(folded)) ? STRONG : 0;
  return aftermath + crops + table.reduce((sum, [re, by]) => sum + (re.test(folded) ? (re === OTHERS && ownKin ? 0 : weigh(re, by, own, now)) : 0), 0);
}

/** A question about the law with nobody of one's own in it and nothing now is abstract: 非法拘禁判几年. */
function weigh(re: RegExp, by: number, own: boolean, now: boolean): number {
  if (re === NEWS && own) return by - 1;
  if (re === LEGAL && !own && !now) return by + 1;
  return by;
}

const ARMED = rx(`${W.HOLD}[^，。]{0,4}${W.WEAPON}|手里[^，。]{0,2}${W.WEAPON}`);
const CROWD = rx(W.GROUP);
const A_CHILD = rx(W.CHILD);
const YOUNG_ONE = rx(W.YOUNG);
const LED_AWAY = rx(`${W.CHILD}[^，。]{0,2}跟着[^，。]{0,10}(?:走|车)`);
const SPOKE_OF_DYING = /不想活|想死|自杀|轻生|寻死|活不下去|不活了/u;
// The blade turned on the writer's subject: a wish to die, or a cut on their own arm or leg.
const ON_SELF = /死给[^，。]{0,3}看|自杀|不想活|不活了|自己的?脖子|(?:手臂|胳膊|手腕|大腿)上?[^，。]{0,4}(?:划|割|刻)/u;
const INCENDIARY = /汽油|柴油|煤气罐|液化气|炸药|雷管|农药|老鼠药|放火|点火/u;
// What the rest of the message says about who is at risk and how: a chase with a weapon in hand is
// a weapon threat, a fight between two sides is a crowd clash, a child in the water is a child in danger.
const REFINE: [Need[], (whole: string) => boolean, Need][] = [
  [['beat', 'weapon'], (w) => AT_CHILD.test(w) && !AT_ME.test(w), 'childHurt'],
  [['stalk'], (w) => ARMED.test(w), 'weapon'],
  [['stalk'], (w) => LED_AWAY.test(w), 'childMissing'],
  // Shut in and beaten at school: bullying of a child.
  [['detain', 'beat'], (w) => /学校|学生|同学|放学|上学|年级|班上/u.test(w) && /打|欺负|踢|揍|戳|围/u.test(w), 'childHurt'],
  [['beat', 'weapon'], (w) => CROWD.test(w), 'crowd'],
  [['water', 'flood'], (w) => A_CHILD.test(w), 'childWater'],
  [['threat', 'weapon'], (w) => INCENDIARY.test(w) && /点|烧|炸|毒|倒|搬|浇|泼/u.test(w), 'arson'],
  // Blows named by where they land or that they will not stop: 往我脑壳上敲, 还不停手.
  [['medical'], (w) => /动手|打我|打俺|揍|踹|扇|不停手|往[^，。]{0,4}(?:身上|头上|脑壳上|脸上)[^，。]{0,2}(?:敲|砸|打|抽|招呼)/u.test(w), 'beat'],
  [['weapon', 'threat'], (w) => ON_SELF.test(w), 'selfHarm'],
  // Harm by someone a protection order names is a breach of it.
  [['beat', 'weapon', 'threat', 'stalk'], (w) => /保护令|告诫书|禁止令/u.test(w), 'order'],
  // A grown-up who swallows poison means it; a child who does is poisoned.
  [['poisoned'], (w) => /(?:吞|喝)了?[^，。]{0,4}(?:老鼠药|农药|敌敌畏|百草枯|安眠药)/u.test(w) && !YOUNG_ONE.test(w) && !FARMING.test(w), 'selfHarm'],
  [['selfHarm'], (w) => YOUNG_ONE.test(w) && /不小心|误|偷吃|当(?:成|作|做)?[^，。]{0,2}(?:糖|零食|饮料|水)|以为是/u.test(w), 'poisoned'],
];

function refineNeed(need: Need, whole: string, folded: string): Need {
  // Someone who will not answer and who has spoken of dying, even days ago, is a suicide risk.
  if (need === 'medical' && SPOKE_OF_DYING.test(folded)) return 'selfHarm';
  const rule = REFINE.find(([from, when]) => from.includes(need) && when(whole));
  return rule ? rule[2] : need;
}
