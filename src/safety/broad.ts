import type { Need } from './signals.js';
import * as W from './words.js';

/**
 * The fallback when no specific pattern fired: wide fields of meaning rather than set phrases.
 * Harm or a hazard, said together with a sign that it is now or a cry for help, in one clause and
 * the next (or a short message as a whole), is danger. Villagers name harm in words no list of
 * phrases foresees (拿脑壳撞我, 攥着把螺丝刀), but the fields those words fall in are few.
 */
const rx = (source: string) => new RegExp(source, 'u');

/** Bodily harm done or suffered. */
const HARM = rx(
  '血(?!压|糖|脂|型|常规)|肿了|肿起|全肿|满头包|起包|断了|骨折|变形|伤着|受伤|晕|昏|(?:撞|摔|弄|整|冲|推|掐|踹|踢|砸|打|磕)(?:我|俺|她|他|人|妈|爸|娃)|往[^，。]{0,3}(?:门|墙|地|桌)上?(?:磕|撞)|砸|乱挥|撬|不答应|喊不应|没反应|歪了|倒在|躺着|挂倒|撞倒|压着',
);
// Harm to animals, meat or wood: 杀鸡 血溅得到处都是, 剁排骨.
// Things knocked down or broken (牛把墙撞倒了): damage to property, nobody hurt. Smoke from frying chillies is the kitchen's.
const EVERYDAY = rx(
  `(?:杀|宰|剁|砍|锯|切|剖|炖)了?${W.NOT_PERSON}|杀鸡|杀鸭|排骨|骨头汤|剁肉|切菜|剁馅|(?:墙|门|窗|车|树|栏杆|棚|圈|篱笆|庄稼|苗)[^，。]{0,3}(?:撞|砸|推|踩|拱)(?:倒|坏|烂|塌)|(?:砸|拆|敲|打)墙|装修|电钻|(?:炸|炒|炕|熏|煎|烤|爆)[^，。]{0,3}(?:辣椒|腊肉|菜|肉|鱼|香肠|豆腐|洋芋)|油烟|糊辣椒|砸(?:核桃|板栗|栗子|钉子|石子|煤)`,
);
/** Weapons and hard or sharp things held against someone. */
const WEAPON = rx(`${W.WEAPON}|铲|撬杠|螺丝刀|锥|钳子|玻璃|针管|叉子|砍刀|菜刀`);
const FIRE = rx('冒火|火星|火苗|冒烟|都是烟|好大的烟|烧着了|着起来');
const GAS = rx('臭鸡蛋味|煤气|天然气|液化气|燃气|一股怪味|漏气|气味好大|味道好大');
const ELECTRIC = rx('电线|插座|电闸|电箱|电表|电瓶');
const FLOOD = rx('水漫|水[^，。]{0,3}漫(?:到|进|过)|进水了|水淹|淹到|水冲');
const POISON = rx('农药|敌敌畏|百草枯|安眠药|毒药|老鼠药|一瓶药|好多药');
// Held by force: a person, never a thing or an animal (他把我的车锁在院子里, 绑定手机号, 牛被关起来了).
const RESTRAINT = rx(
  `(?<!${W.THING}[^，。]{0,2}|(?:牛|羊|猪|狗|鸡|鸭|鹅|马|猫|兔)[^，。]{0,8})(?:(?:关|锁)在(?![^，。]?外)|反锁|锁起来|关起来|捆|绑(?!定)|扣着)|小黑屋|不让(?:我|俺|她|他)?(?:走|回|出)`,
);
const MISSING = rx('找不到|找不着|不见了|一转眼就没了|关机|联系不上|不晓得去哪|不知道去哪|没影');
const FAREWELL = rx('先走了|对不起(?:大家|你们|爸妈)?|永别|再见了|下辈子|照顾好|把自己');
const CROWD = rx(`${W.GROUP}|几车人|好几车`);
// A crowd at work (抬石头修路) holds its tools, not weapons, unless it is at odds with someone.
const GROUP_WORK = rx(W.GROUP_WORK);
const AT_ODDS = rx(W.ODDS_HINT);
const AGENT = rx(`他|她|男人|老公|婆娘|老婆|有人|有个人|那人|那个人|他们|${W.FAMILY}`);
/** It is now: progressive and continuing forms, results still there (not 打不着, which is "cannot"). */
const NOW = rx(`${W.NOW}|正在|一直|不停|已经|了没停|在(?:冒|烧|流|漏|淌|喷|砸|撞|撬)|[\\u4e00-\\u9fa5](?<!不)着|[\\u4e00-\\u9fa5]起(?!来了没)`);
// Not 怎么办/咋办: every legal question ends with them (排水沟淹了我家田咋办), so they cry for no help.
const DISTRESS = rx('救救|救命|快来人|帮帮我|帮帮忙|怎么办啊|好害怕|好怕|害怕|吓死|快叫|快报警|出大事|要出事|叫不开|拉都拉不开|拉不开');
const FARMING = rx(W.FARMING);
const CHILD = rx(W.CHILD);
/** A knife at work on meat or wood, aimed at nobody: 我正拿着菜刀剁排骨 (a 杀猪刀 is still a weapon). */
export const KITCHEN_WORK = new RegExp(
  `^(?!.*(?:追|冲|找|砍(?:我|俺|你|他|她|人)|捅|杀人|(?:对|指|抵)着|要(?:砍|杀|捅|弄|整|搞|找|去|来|他|她|你|我)))(?=.*(?:${EVERYDAY.source})(?![刀斧]))`,
  'u',
);
const SHORT = 50;

const TOLD = [W.NEWS, W.NOTICE, W.OTHERS, W.HEARSAY, W.GAME].map(rx);
const OTHERS = TOLD[2]!;
const LEGAL = rx(W.LEGAL);
const FIRST_PERSON = /我|俺|咱/u;
const SOMEONE = rx(W.SOMEONE);

/** News, a notice, others' case, a game, or a legal question not about one's own people now. */
function toldOrAbstract(folded: string, now: boolean): boolean {
  // 有个人在我家门口: a stranger at the writer's home, not someone else's case.
  const atHome = /(?:我|俺|我们|咱)家/u.test(folded);
  if (TOLD.some((re) => !(re === OTHERS && atHome) && re.test(folded))) return true;
  if (SOMEONE.test(folded) && !FIRST_PERSON.test(folded)) return true;
  return LEGAL.test(folded) && !(now && FIRST_PERSON.test(folded));
}

/**
 * The broad reading of the live clauses, or null: read in windows of three clauses, and never
 * where the message is told, a notice or an abstract question.
 */
export function broadNeed(live: readonly string[], folded: string, now: boolean): { need: Need; score: number } | null {
  if (toldOrAbstract(folded, now)) return null;
  const whole = live.join('，');
  const windows = whole.length <= SHORT ? [whole] : live.map((_, i) => live.slice(i, i + 3).join('，'));
  for (const w of windows) {
    const need = needIn(w);
    // As much as a weak signal with a sign of now: a cry for help alone is urgent but not strong.
    if (need) return { need, score: 2 };
  }
  return null;
}

// A symptom said to be slight (头有点晕, 破了点皮), tiredness said as a body breaking (腰都要断了, 腿都快跑断了), or a body at rest (躺着休息) is no emergency.
const MILD =
  /(?:有点|有些|一点|稍微|轻微|微微|点儿?)[^，。]{0,2}(?:晕|肿|疼|痛|血|伤|破|青)|破了?点皮|(?:腰杆?|腿|胳膊|手|脚|骨头|脖子)(?:都|快|要){1,2}(?:累|跑|走|站|坐|蹲|忙|爬|挑|背|扛|搬)?断了/gu;
// Lying in bed or at home (在屋里躺着, 卧床) is a standing illness, not someone down on the ground.
const AT_REST = /休息|歇着|歇一会|睡着了|没(?:什么)?大碍|不要紧|在(?:屋里|床上|家里|医院)躺着|卧床/u;

function needIn(w: string): Need | null {
  if (FARMING.test(w) || EVERYDAY.test(w) || !(NOW.test(w) || DISTRESS.test(w))) return null;
  const harm = HARM.test(w.replace(MILD, ''));
  const armed = WEAPON.test(w);
  if (CROWD.test(w) && (harm || armed)) return GROUP_WORK.test(w) && !AT_ODDS.test(w) ? null : 'crowd';
  if (FAREWELL.test(w) && (MISSING.test(w) || RESTRAINT.test(w) || FIRE.test(w) || POISON.test(w))) return 'selfHarm';
  // Armed and coming at someone, or an armed grown-up with a child: 他拿着刀抱着娃.
  if (armed && (harm || DISTRESS.test(w) || /冲|追|挥|对着|指着|门口/u.test(w) || (CHILD.test(w) && AGENT.test(w)))) return 'weapon';
  if (RESTRAINT.test(w)) return 'detain';
  const hazard = hazardNeed(w);
  if (hazard) return hazard;
  if (POISON.test(w) && (harm || DISTRESS.test(w))) return 'poisoned';
  if (MISSING.test(w) && CHILD.test(w)) return 'childMissing';
  if (harm && !AT_REST.test(w))
    return AGENT.test(w) && /(?:撞|摔|弄|整|冲|推|掐|踹|踢|打|磕)(?:我|俺|她|他|人|妈|爸|娃)|打|往[^，。]{0,3}(?:门|墙|地|桌)上?(?:磕|撞)/u.test(w) ? 'beat' : 'medical';
  return null;
}

function hazardNeed(w: string): Need | null {
  if (GAS.test(w)) return 'gas';
  if (FIRE.test(w)) return ELECTRIC.test(w) && !/烟/u.test(w) ? 'electric' : 'fire';
  if (FLOOD.test(w)) return 'flood';
  return null;
}
