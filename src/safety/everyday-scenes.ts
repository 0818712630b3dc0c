import { LABOUR, ODDS_HINT, WEAPON } from './words.js';

/**
 * Everyday scenes that use the words of danger: cooking smoke, a crowd with its tools at work,
 * someone shut out (not in), fields burnt off, an animal bitten, goods loaded onto a truck (a fire
 * put out and someone talked round are words.RESOLVED's; anger felt in the head is words.ANGER_BODY's). Each is rewritten to plain words only when the scene is named and
 * nothing in the message says the danger is real (flames, someone trapped, a fight, a person hurt).
 */

/** Words that give a danger away whatever the scene: flames, someone trapped or hurt, a fight. */
const FIRE_REAL = /火|着了|燃|困|出不来|晕|喘|昏|叫不醒|咳得/u;
const AT_ODDS = new RegExp(ODDS_HINT, 'u');

// Cooking named (炸糊辣椒, 熏腊肉, 炒菜): the smoke is the kitchen's.
const COOKING = /炸|炒|炝|熏|烤|煎|炕|做饭|烧菜|煮|辣椒|腊肉|油烟|香肠/u;
const SMOKE = /烟/gu;
// Work done together (修公路, 挖水沟): the tools carried are tools.
const AT_WORK = new RegExp(LABOUR, 'u');
const TOOLS = /锄头|锄|钢钎|钎子|铁锹|锹|镰刀|扁担|钉耙|耙子|撬棍|锤子|砍刀|柴刀/gu;

const SCENES: [RegExp, string][] = [
  // Shut out, not shut in: 把我关在门外, 锁在院子外面 (kept out of a house is a dispute, not confinement).
  [/(?:关|锁|挡|拦)在(?=[^，。\s]{0,3}外)/gu, '挡在'],
  // Fields burnt off: 放火烧荒, 放火烧秸秆 (a question about a farm practice, not arson).
  [/放火(?=烧(?:荒|秸秆|田|草|坡|地|灰|垃圾|稻草|麦茬))/gu, ''],
  // Struck by a thing, not a person (遭树枝砸伤, 被石头打到): an accident, not a beating (blood or a collapse still count).
  [/((?:被|遭|着)(?:树枝?|树干|石头|石块|砖头?|瓦片?|木头|木料|木棒|机器|钢管|架子|门板|树桠)[^，。\s]{0,2})(?:砸|打|撞)/gu, '$1碰'],
  // Stones or logs used to shut a way (拿石头把路口封死了, 用木桩把路拦了): building material, not a weapon.
  [/(?:拿|用)(?:石头|石块|砖头?|木头|木桩|泥巴)(?=把[^，。\s]{0,8}(?:路|口|沟|洞|门)[^，。\s]{0,2}(?:堵|封|砌|围|垒|填|拦))/gu, '拿材料'],
  // Heat said as fire (热得要死 晒得人都要着火了): the weather, not a fire.
  [/(?:晒|热|烫|烤)得[^，。\s]{0,6}(?:着火|冒烟|烧起来|燃起来)了?/gu, '热得很'],
  // Firecrackers: 放火炮, 放火铳 (a festival, not arson).
  [/放火(?=炮|铳)/gu, '放鞭'],
  // An animal bitten: 我家的狗被邻居家狗咬了一口 (the combos for a bitten person look for 咬).
  [/((?:狗|猫|鸡|鸭|鹅|猪|牛|羊|兔|马)(?:儿|子)?被[^，。\s]{0,6})咬/gu, '$1啃'],
  // Goods loaded: 把稻草拽上车, 把化肥扛进车里.
  [/((?:稻草|草|柴|化肥|粮食|谷子|玉米|包谷|货|东西|行李|箱子|麻袋|袋子|猪|牛|羊|砖|石头|沙)(?:都|全)?)(?:拽|拖|拉|塞|架|抓|推|抱|扛|扔|弄)(?=上|进|到)/gu, '$1装'],
];

// Rain water let in by a drain someone blocked, every time it rains (一下雨水就往我家灌, 每次下雨都淹到院坝):
// a neighbour's drainage dispute told as a recurring harm, not a flood now. Depth, rising water, a collapse,
// someone trapped or a now keep the flood words.
const EACH_RAIN = /(?:一|每次|每回|只要|逢|一到)下(?:大|点|暴|起)?雨|下雨(?:天|就|都|的时候)|雨(?:一大|一下)|一落雨/u;
const DRAIN = /沟|渠|排水|下水|涵|水管|管子|檐/u;
const FLOOD_REAL = /涨|洪|膝|腰|没过|齐|已经到|漫过|冲走|冲垮|垮|塌|困|出不来|掉|救命|快来|现在|正在|还在|今晚|这会/u;
const RAIN_IN = /(水[^，。\s]{0,4}(?:往|到|进)[^，。\s]{0,3}(?:屋|家|房|院|堂屋|灶房|田|地)里?)(?:灌|冲|涌|淌|进|流)|(?<=水[^，。\s]{0,4})(?:进屋|漫进)/gu;

// Schoolwork or a job not done, and the teacher, the boss or a parent said to "kill" me for it (卷子没做完
// 班主任要弄死我, 报表交不了 老板要杀了我): a scolding feared. A parent's 打死 is left as it reads; a weapon,
// a chase or a wound keeps every word.
const PRESSURE = /作业|考试|考砸|考差|成绩|分数|卷子|挂科|背书|补课|迟到|逃课|加班|业绩|报表|交不了差|没写完|没做完/u;
const PRESSURE_REAL = new RegExp(`${WEAPON}|追|血|受伤|打伤`, 'u');
const KILLS_ME =
  /((?:老师|班主任|老班|校长|教练|老板|领导|主管|组长)[^，。\s]{0,4})(?:杀了|弄死|整死|搞死|宰了|打死)(?=我|俺)|((?:我|俺)(?:妈|爸|老妈|老爸|爹|娘)[^，。\s]{0,4})(?:杀了|弄死|宰了)(?=我|俺)/gu;

/** everydayScenes('今天炸糊辣椒 整得一屋都是烟') → '今天炸糊辣椒 整得一屋都是油气'. */
export function everydayScenes(text: string): string {
  let t = text;
  for (const [re, to] of SCENES) t = t.replace(re, to);
  if (COOKING.test(t) && !FIRE_REAL.test(t)) t = t.replace(SMOKE, '油气');
  if (AT_WORK.test(t) && !AT_ODDS.test(t)) t = t.replace(TOOLS, '工具');
  if (EACH_RAIN.test(t) && DRAIN.test(t) && !FLOOD_REAL.test(t)) t = t.replace(RAIN_IN, (_m, head?: string) => (head ? `${head}渗` : '渗到'));
  if (PRESSURE.test(t) && !PRESSURE_REAL.test(t)) t = t.replace(KILLS_ME, (_m, boss?: string, parent?: string) => `${boss ?? parent}骂`);
  return t;
}
