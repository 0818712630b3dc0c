/**
 * Fields of meaning for acts of harm that are said by how they are done or made ready, not by a
 * harm word: a person dragged into a vehicle, kindling laid against a house with a lighter in hand,
 * poison to be poured into the water, an old person out in the hills after dark, a door shut from
 * outside until one pays, a beast throwing a person down a drop, hands on a body. Each names one
 * part of an event (frames.ts and signals.ts put them together), never a sentence.
 */
import { HELD, WHO } from './fields.js';
import * as W from './words.js';

/** Verbs of moving a person by force (拉 alone is also "give a lift", so only 硬拉, 强行拉). */
const DRAG = '(?:拽|拖|塞|架|扛|扔|丢|甩|推|扯|掳|劫|硬拉|强行拉|强拉|硬拖|强行带|硬抱)';
/** Kin lifting a child into the car (被他爸抱上车去外婆家). */
const KIN_LIFT = '(?:他|她|我|孩子|娃)?的?(?:爸|妈|爹|娘|爷爷|奶奶|外婆|外公|姥姥|舅|姑|姨|叔|伯|哥|姐)(?!的)';
const VEHICLE = '(?:车|面包车|摩托|三轮|货车|后备箱|车厢)';
/** Goods and beasts loaded onto a vehicle are no person taken (稻草拽上车, 猪被拖上车). */
const NOT_A_PERSON = `(?<!(?:${W.THING}|猪|牛|羊|鸡|鸭|鹅|狗|猫|草|柴|粮|谷子|化肥|行李|箱子|袋子)[^，。]{0,3})`;
/** 被 with a person as the one moved, and not by the police or a doctor (被警察押上车 is an arrest). */
const BY = `${NOT_A_PERSON}被(?!(?:派出所|警察|公安|民警|辅警|医生|护士|救护车|120))`;
/** Into a vehicle, and not on the way to a doctor. */
const INTO = `(?:上|进|到)了?[^，。]{0,8}${VEHICLE}(?![^，。]{0,8}(?:医院|卫生院|诊所|看病|送医))`;
/** Taken by force into a vehicle or carried off: 被几个男的往面包车上拽, 把我老汉架上车, 拖着她往车里塞 (被 makes 拉 and 抱 forceful too). */
export const ABDUCT = `${BY}[^，。]{0,10}(?:${DRAG}${INTO}|往[^，。]{0,8}${VEHICLE}[^，。]{0,3}(?:${DRAG}|拉))|把[^，。]{0,8}?${HELD}[^，。]{0,10}(?:${DRAG}${INTO}|往[^，。]{0,8}${VEHICLE}[^，。]{0,3}${DRAG})|${DRAG}(?:着|住)?${WHO}[^，。]{0,4}(?:上|进|往)[^，。]{0,6}${VEHICLE}|(?:${WHO}|${BY})[^，。]{0,6}(?:架走|拖走|绑走|掳走|劫走|拽走|扛走|架着(?:就)?走)|${BY}(?!${KIN_LIFT})[^，。]{0,10}(?:拉|抓|抱|弄)${INTO}`;
/** Seized in one clause, put in a vehicle in the next: 被两个男的架着就走 塞到车后座上了. */
export const SEIZED = `${BY}[^，。]{0,8}(?:架|拖|拽|扯|抓|绑|捆|押|摁|按)(?:着|住|走)`;
export const INTO_CAR = `(?:${DRAG}|拉|抓|抱|弄)${INTO}`;

/** Kindling or fuel laid at a house: 把柴堆到我屋后檐坎下, 往门上泼汽油. */
export const FUEL_LAID = '(?:柴|稻草|干草|草|松毛|汽油|柴油|煤油|油)[^，。]{0,4}(?:堆|码|垒|放|泼|浇|倒|洒|淋)(?:到|在|满)[^，。]{0,6}(?:屋|房|门|檐|墙|灶|床|楼|窗|仓|圈)|(?:往|朝|在)[^，。]{0,6}(?:屋|房|门|檐|墙|窗)[^，。]{0,4}(?:堆|码|泼|浇|倒|洒)[^，。]{0,4}(?:柴|草|汽油|柴油|煤油|油)';
/** A flame ready in hand, or a word that it will be lit: 火机拿在手里, 不交出来就点. */
export const LIGHT_READY = '(?:打火机|火机|火柴)[^，。]{0,6}(?:拿|握|捏|攥|在手|打着|打燃)|(?:拿|握|捏|攥|揣)着?[^，。]{0,3}(?:打火机|火机|火柴)|(?:就|要|敢)[^，。]{0,2}点(?:火|了|着|燃)?(?![^，。]{0,2}(?:灯|蚊香|香|烟|鞭炮|菜|东西))|点火|点着';
/** Lighting for the stove, not for a house. */
export const HEARTH = '做饭|烧饭|煮饭|生火|烧水|引火|烤火|熏腊肉';

/**
 * A poison named, or spread (撒药, 下毒), or any 药 poured into the water a household drinks (买包药倒他家水井里):
 * nobody doses a well or a water vat with medicine, but a pot may hold herbs, so pots are left out.
 */
export const POISON_NAMED =
  '(?:农药|敌敌畏|百草枯|草甘膦|除草剂|老鼠药|耗子药|毒药|毒鼠强|(?:撒|下|放|投)(?:药|毒)|药[^，。\\s]{0,3}(?:倒|下|撒|投|放|拌|掺)(?:到|进|在)?[^，。\\s]{0,4}(?:水井|井|水缸|水窖|水池|水塔|水桶))';
/**
 * Someone else about to put it somewhere (要倒到, 今晚就来撒, 买了回来就倒), or a clause that goes on with where
 * (说等下去买敌敌畏 拌到我家饭锅里): never the writer's own plan.
 */
export const POISON_PUT_SOON =
  '(?<!我|俺|咱|我们|俺们)(?:要|说要|扬言|放话|喊着?要|准备|就来|就要|来|去|回来就)[^，。]{0,8}(?:撒|下|放|投|倒|拌|掺)|(?:^|，)(?:就|再|然后)?(?:倒|拌|撒|投|放|掺)(?:进|到|在)';
/** What people eat or drink from, where poison reaches them. */
export const DRINK_OR_FOOD = '(?:井|水缸|缸|水窖|水池|水桶|鱼塘|塘|饭|锅|米|面粉|猪食|吃的|喝的|水)';
/** A household's water or food (我家井里, 他家饭锅): poison put there is for people, whatever field the quarrel was over. */
export const HOUSEHOLD_SUPPLY = '(?:我|你|他|她|俺|别人|人)们?家的?[^，。]{0,4}(?:井|水缸|缸|水窖|水池|饭|锅|猪食|鸡食|吃的|喝的)';
/** Fields and crops: where farm poison goes, and what neighbours quarrel over. */
export const FIELDS = '田|地里|庄稼|秧|苗|果树|菜地';
/** Poison for pests: spraying, treating a pond or a well, killing rats. */
export const PEST_WORK = `打药|喷药|除草(?!剂)|(?:打|喷)[^，。]{0,2}除草剂|施肥|治虫|治|杀虫|防虫|驱虫|消毒|鱼病|清塘|灭鼠|毒老鼠|闹老鼠|有老鼠|老鼠多`;

/** Someone old or frail, who is in danger out alone. */
export const FRAIL = '(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|老汉|老者|老头|老太|公公|婆婆|爸|妈|爹|娘|[六七八九]十(?:多|几)?岁|痴呆|糊涂|病人)';
/** Not back where they should be. */
export const STILL_OUT = '(?:还|都|到现在|现在还?)(?:没|莫|没有)(?:回|到)|一(?:夜|晚上?)没回|没回来|找不到人|人不见了|走丢|没影';
/** And out of reach, or out after dark or in bad weather. */
export const OUT_OF_REACH = '打不通|关机|没人接|不接|联系不上|天(?:都)?黑|半夜|一夜|一晚上|昨晚|整晚|下雨|落雨|下雪|到处[^，。]{0,2}找|找遍|(?:都|也)没找到';
/** Away for a reason everyone knows: at work, at cards, at a relative's. */
export const AWAY_ON_PURPOSE = '打牌|麻将|上班|加班|打工|出差|开会|走亲戚|亲戚家|(?:姐|哥|女儿|儿子|闺女)家';

/** A sign left where a child went into the water: a shoe floating, gone in a blink. */
/** Someone not seen for days and no answer at their door (两天没出门了 敲门没人应): down inside, maybe alone. */
export const UNSEEN_FOR_DAYS = '(?:[两几三四五六七\\d]+天|好几天|一整天)(?:了)?(?:都)?(?:没|不见)(?:出门|出来|见(?:到|着)?人|开门|露面|看(?:到|见)人|动静)';
export const NO_ANSWER_AT_DOOR = '(?:敲门|喊门|叫门|拍门|喊他|喊她|打电话)[^，。]{0,4}(?:没人应|没人开|不应|没反应|没人接|不开|没动静)';
/** Things of a person's left on a bank (河边留了双鞋, 外套放在坝上): with the person gone, they went into the water. */
export const LEFT_ON_BANK = '(?:留|丢|脱|摆|放)(?:了|下|在|着)?[^，。]{0,4}(?:鞋|衣服|外套|手机|拐棍)|(?:鞋|衣服|外套|手机|拐棍)[^，。]{0,3}(?:留|丢|脱|摆|放)(?:在|到)';
export const WATER_TRACE = '一转眼[^，。]{0,4}(?:不见|没了|没影|人没)|(?:鞋|帽子|书包|衣服|外套)[^，。]{0,4}(?:漂|浮|在水|在岸|在河|在塘|在井)|漂在水(?:上|面)|水面上?[^，。]{0,4}(?:漂|冒泡)';

/** Gas smelt, and someone sick or down from it. */
export const GAS_SMELL = '臭鸡蛋味|(?:煤气|天然气|液化气|燃气|沼气)[^，。]{0,3}味|一股[^，。]{0,3}(?:气|怪)味';
export const GAS_ILL = '晕|昏|倒|吐|头疼|头痛|恶心|叫不醒|喊不醒|没反应';

/** Burning off fields and banks on purpose: a fire nobody fears, unless it runs (往…烧过来, 控制不住). */
export const FIELD_BURN = '(?:烧荒|烧田坎|烧杂草|烧秸秆|烧草皮|炼山|烧火粪|烧地边)(?![^。]*(?:往[^，。]{0,8}(?:烧|来|扑|窜)|烧过来|烧到|控制不住|扑不灭|灭不了|跑火))';

/** Touched or stepped on something carrying current (not the switch turned off). */
export const ON_LIVE = '(?:踩到|踩着|碰到|碰着|摸到|摸了|抓到|抓着|挨到|扯到)[^，。]{0,6}(?:电线|电门|电闸|电源|电缆|电机|抽水机|水泵|插座|插板|电瓶)';
/** Down, shaking or stuck to it after the touch. */
export const SHOCKED = '(?:倒在|倒地|全身[^，。]{0,2}(?:抖|抽)|浑身[^，。]{0,2}(?:抖|抽)|在抽|抽搐|不动了|动不了|没反应|叫不应|松不开|甩不开|粘住|吸住)';

/** Shut in from outside by someone: 门从外面用铁链拴着, 门被焊死了. */
export const SHUT_OUTSIDE = '从外面[^，。]{0,8}(?:锁|拴|钉|堵|焊|插|顶|缠|链|闩)|(?:门|窗)[^，。]{0,12}(?:锁|拴|钉|堵|焊|缠|闩)(?:着|死|住|了|上)';
/** Kept there until one gives in, or kept without food: 不还钱莫想出这个门, 不签字不放人, 一天没吃饭. */
export const KEPT_UNTIL = '(?:莫|别|不要|休)想(?:出|走|离开|回)|不(?:还|给|交|签|拿)[^，。]{0,6}(?:就|别|莫|不)[^，。]{0,3}(?:出|走|放|回)|不放(?:我|人|俺|她|他)|出不去|走不了|(?:一|两|几|[\\d三四五])天[^，。]{0,3}没(?:吃|喝|给)';
/** A beast butting, kicking or trampling a person (牛发疯把我表哥顶到岩下去了, 马踢到娃的头). */
const BUTT = '(?:顶|拱|撞|踢|踩|扑|甩|挑|撂|拖)';
export const BIG_BEAST = '(?:牛|马|驴|骡子?|野猪|猪|羊|狼|熊)';
export const BEAST_ON_WHO = `${BIG_BEAST}(?:儿|子)?[^，。]{0,6}(?:把${HELD}[^，。]{0,3}${BUTT}|${BUTT}(?:了|到|倒|翻|伤|飞)?(?:${WHO}))|${WHO}[^，。]{0,3}被[^，。]{0,3}${BIG_BEAST}[^，。]{0,2}${BUTT}`;
/** A person butted or knocked off, the beast named in the clause before: 牛疯了 把我老汉拱到田坎下面去了. */
export const BUTTED = `把[^，。]{0,4}${WHO}(?!的)[^，。]{0,2}${BUTT}(?:到|下|倒|翻|飞|伤)`;
/** Where it leaves them: hurt, still, or down a drop. */
export const THROWN_DOWN = '(?:下去|下面|下头|岩|崖|坎下|沟里|田里|坡下)';
/** Hands on a body that is not theirs: 乱摸, 动手动脚, 箍住腰, 摸大腿. */
export const GROPING = '(?:(?:手|爪子)[^，。]{0,3}(?:伸|摸|塞)(?:进|到)[^，。]{0,4}(?:衣服|裙子|裤子|怀里|衣裳)|乱摸|摸来摸去|动手动脚|毛手毛脚|揩油|(?:摸|捏)(?:我|俺|她)?的?[^，。]{0,3}(?:腰|胸|屁股|大腿|腿上|下身|身上)|(?:箍|搂|抱|勒)住(?:我|俺|她)?的?(?:腰|脖子|身子))';
/** And the one who does it is still there: 他不下车, 还不走, 车还不停. */
export const STILL_THERE = '(?:跑不(?:出去|掉|脱)|出不去|走不了|按(?:住|着|在)|不(?:下车|走|停|放|松手|让)|还(?:不|在|坐)|一直|刚才|刚|现在|不敢)';
/** Slipped and gone from sight at once (脚一滑就没看到人了). */
export const SLIPPED_GONE = '(?:一滑|滑下去|栽下去)[^，。]{0,4}(?:没看到人|看不到人|没看见人|不见人|人不见|人没了|不见了|没影)';
/** The means named, and a condition to take it (拿着农药 说不离婚就喝). */
export const TAKE_IT = '(?:就|要|马上)(?:喝|吃|吞)(?!酒|水|茶|饭|奶)';
