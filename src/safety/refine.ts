import type { Need } from './signals.js';
import * as W from './words.js';

const rx = (source: string) => new RegExp(source, 'u');
const FARMING = rx(W.FARMING);
const AT_ME = rx(`${W.BEAT}(?:我|俺)`);
const AT_CHILD = rx(`${W.BEAT}[^，。]{0,2}${W.YOUNG}|${W.YOUNG}[^，。]{0,3}(?:挨打|被[^，。]{0,12}(?:打|揍|踢|按|戳))`);
const ARMED = rx(`${W.HOLD}[^，。]{0,4}${W.WEAPON}|手里[^，。]{0,2}${W.WEAPON}`);
const CROWD = rx(W.GROUP);
const A_CHILD = rx(W.CHILD);
const YOUNG_ONE = rx(W.YOUNG);
const LED_AWAY = rx(`${W.CHILD}[^，。]{0,2}跟着[^，。]{0,10}(?:走|车)`);
const TAKEN_CHILD = rx(`${W.YOUNG}[^，。]{0,4}(?:(?:拖|拽|抱|塞|架|扛|拉|抢)(?:上|进)|往[^，。]{0,4}车)`);
const ORDER = rx(W.ORDER);
const TIED_CHILD = rx(`${W.YOUNG}[^，。]{0,4}(?:绑|捆|拴|吊)(?:在|到|着)`);
const SPOKE_OF_DYING = /不想活|想死|自杀|轻生|寻死|活不下去|不活了/u;
// The blade turned on the writer's subject: a wish to die, or a cut on their own arm or leg.
const ON_SELF = /死给[^，。]{0,3}看|自杀|不想活|不活了|自己的?脖子|(?:手臂|胳膊|手腕|大腿)上?[^，。]{0,4}(?:划|割|刻)/u;
const INCENDIARY = /汽油|柴油|煤气罐|液化气|炸药|雷管|农药|老鼠药|放火|点火/u;

// What the rest of the message says about who is at risk and how: a chase with a weapon in hand is
// a weapon threat, a fight between two sides is a crowd clash, a child in the water is a child in danger.
const REFINE: [Need[], (whole: string) => boolean, Need][] = [
  // Fuel carried to set oneself alight (在门口点了自己) is a suicide risk, not arson.
  [['weapon', 'threat', 'arson'], (w) => /点了自己|烧了自己|自焚|往自己身上[^，。]{0,2}(?:浇|泼|倒)/u.test(w), 'selfHarm'],
  [['beat', 'weapon'], (w) => AT_CHILD.test(w) && !AT_ME.test(w), 'childHurt'],
  [['stalk'], (w) => ARMED.test(w), 'weapon'],
  [['stalk'], (w) => LED_AWAY.test(w), 'childMissing'],
  // A young child dragged or lifted into a vehicle is a child taken (kind child-danger), not a grown-up held.
  [['detain'], (w) => TAKEN_CHILD.test(w), 'childMissing'],
  // A young child tied up and left (拴在床脚上一下午) is a child being harmed.
  [['detain'], (w) => TIED_CHILD.test(w), 'childHurt'],
  // Shut in and beaten at school: bullying of a child.
  [['detain', 'beat'], (w) => /学校|学生|同学|放学|上学|年级|班上/u.test(w) && /打|欺负|踢|揍|戳|围|扇|耳光/u.test(w), 'childHurt'],
  [['beat', 'weapon'], (w) => CROWD.test(w), 'crowd'],
  [['water', 'flood'], (w) => A_CHILD.test(w), 'childWater'],
  // Smoke or flames on a hillside, with no house named, is a wildfire (往逆风处撤, not 把人带出来).
  [['fire'], (w) => /(?:山|林|坡|岭)[^，。]{0,4}(?:冒|起|着|烧|火|烟)/u.test(w) && !/屋|房|家|厨房|楼/u.test(w), 'wildfire'],
  // Fuel, poison or explosives used or carried in a threat (拎着一桶汽油 说要一起死) is arson or poison.
  [['threat', 'weapon'], (w) => INCENDIARY.test(w) && /点|烧|炸|毒|倒|搬|浇|泼|拎|提|揣/u.test(w), 'arson'],
  // Blows named by where they land or that they will not stop: 往我脑壳上敲, 还不停手.
  [['medical'], (w) => /动手|打我|打俺|揍|踹|扇|不停手|往[^，。]{0,4}(?:身上|头上|脑壳上|脸上)[^，。]{0,2}(?:敲|砸|打|抽|招呼)/u.test(w), 'beat'],
  [['weapon', 'threat'], (w) => ON_SELF.test(w), 'selfHarm'],
  // Harm by someone a protection order names is a breach of it.
  [['beat', 'weapon', 'threat', 'stalk'], (w) => ORDER.test(w), 'order'],
  // A grown-up who swallows poison means it; a child who does is poisoned.
  [['poisoned'], (w) => /(?:吞|喝)了?[^，。]{0,4}(?:老鼠药|农药|敌敌畏|百草枯|安眠药)/u.test(w) && !YOUNG_ONE.test(w) && !FARMING.test(w), 'selfHarm'],
  [['selfHarm'], (w) => YOUNG_ONE.test(w) && /不小心|误|偷吃|当(?:成|作|做)?[^，。]{0,2}(?:糖|零食|饮料|水)|以为是/u.test(w), 'poisoned'],
];

/** The need as the whole message tells it: refineNeed('weapon', '他拿刀追我娃…') may be a child in danger. */
export function refineNeed(need: Need, whole: string, folded: string): Need {
  // Someone who will not answer and who has spoken of dying, even days ago, is a suicide risk.
  if (need === 'medical' && SPOKE_OF_DYING.test(folded)) return 'selfHarm';
  const rule = REFINE.find(([from, when]) => from.includes(need) && when(whole));
  return rule ? rule[2] : need;
}
