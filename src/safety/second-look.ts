import { foldText } from './fold.js';

// Which messages nobody addressed to the bot (a grid group's chatter, a ledger note) the rules passed
// as calm may still go to the model for a second opinion: only those with a word of harm in them. It
// bounds the cost (most chatter has none) and keeps everyday talk from leaving the machine at all.
// It is meant to be wide: a message it lets through costs one short request; one it stops can only
// be caught by the rules. (Questions to the bot skip it: they are put to the model whatever they say.)
const CLASSES: readonly string[] = [
  // Blows and force, done or threatened.
  '打(?:我|俺|人|他|她|娃|孩|老|媳|妈|爸|死|伤|残|断|破|起来|架)|揍|踢|踹|扇|掐|砍|捅|杀|弄死|整死|砸|撞|推倒|摔|拖|干起来|叫人|喊人|拽|薅|扯|按住|动手|欺负|威胁|扬言|报复|拼命|算账|要命|吓',
  // Things that hurt.
  '刀|斧|枪|棍|棒|锄|铲|镰|扁担|钢管|铁锹|锤|炸|雷管|汽油|柴油|硫酸|石头|家伙|凳',
  // Fire, gas, power, water and the ground giving way.
  '火|烧|烟|垮|崩|泡|漫|涨|点了|煤气|液化气|天然气|沼气|电线|漏电|触电|电到|电着|落水|掉水|淹|溺|河|塘|水库|井|洪|涨水|大水|冲走|塌|滑坡|泥石流|粪池|窖',
  // Poison, pills, drink.
  '药|毒|敌敌畏|百草枯|吞|醉|喝了|喝下|误喝|误吃|吐(?!槽)|喝了?酒|酒后|酒驾',
  // The body in trouble.
  '死|命|血|伤|晕|昏|迷糊|倒在|没气|没反应|一动不动|动不了|起不来|倒下|倒了|不应|埋|压住|压在|困在|被困|出不来|下不来|迷路|喊不应|叫不醒|抽搐|口吐|疼|痛|肿|骨折|断了|咬|蜇|喘不|憋',
  // Fear and calls for help.
  '救|怕|报警|110|120|119|12356|帮帮|怎么办|快来|不得了|出事|吓人|危险',
  // Shut in, taken, lost.
  '关(?:在|起|着|住)|锁(?:在|起|着|住)|绑|捆|拐|抢|带走|抱走|接走|抱上|拉上|拉着|拽着|上车|不让(?:走|出|回|离)|出不去|不放|放人|小黑屋|扣(?:着|住|下)|不见|找不到|(?:人|娃|孩子)[^，。\\s]{0,3}没了|没影|没回|走丢|失踪|联系不上|打不通|不接|跟踪|尾随|跟(?:着|在|到|来)|等我|堵(?:我|门|在|着|住)|守(?:在|着)',
  // Bodies and crowds.
  '摸|扒|脱|强奸|猥亵|闹|围|聚|一伙|一帮|一群|械斗|打架|干架|上访',
  // Strangers, doors forced, orders broken.
  '陌生|不认识的|外地口音|撬|敲(?:门|窗)|开门|翻墙|闯|保护令|禁止令|告诫书|不得靠近',
  // The wish to die.
  '不想活|活不下去|没意思|想不开|寻短|跳|上吊|割腕|了断|解脱|轻生',
];

const HARM = new RegExp(CLASSES.join('|'), 'u');

/**
 * May the model look again at a message the rules found calm? True when it names any harm at all.
 * worthASecondLook('他在院坝里转来转去，手里捏着把镰刀') → true; worthASecondLook('明天几点开会') → false.
 */
export function worthASecondLook(text: string): boolean {
  return HARM.test(foldText(text));
}
