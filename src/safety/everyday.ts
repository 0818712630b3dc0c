import { everydayScenes } from './everyday-scenes.js';

/**
 * Everyday senses of danger words, rewritten to plain words before the message is read, so no
 * signal, frame or field ever sees them: money 打 into a card, a phone call 打 to someone, 质押
 * (whose 人质 is no hostage), 要求 (a request, not 要 of intent), a count of years or yuan (not a
 * crowd), a road or a wall dug through (not a bone broken), a protection order applied for (not
 * breached), a thing lost (not a child), and 砍 of a tree named nearby (felling, not a blade on a
 * person); then the everyday scenes (everyday-scenes.ts). Each rule names the sense by its
 * neighbours, so the same word said of a person still reads as harm.
 */

// Who money or a call goes to: 打他自己卡上, 打到我老婆卡里, 打了他好几个电话.
const TO_WHOM = '(?:我|你|他|她|俺|自己|们|的|家|老婆|老公|男人|媳妇|儿子|女儿|娃|爸|妈|公司|老板|对方)';
const MONEY_SENSE: [RegExp, string][] = [
  // Wages paid into an account: 工资都打他自己卡上, 钱打到卡里了.
  [new RegExp(`打(?=(?:到|进|在|给|回)?${TO_WHOM}{0,4}(?:银行)?(?:卡|账户|账上|户头|支付宝|微信(?:上|里)))`, 'gu'), '转'],
  [/打(?=(?:了|过)?(?:钱|款)|(?:了|过)?[\d一二两三四五六七八九十百千万几]+(?:块|元|万|千|百)(?:钱)?(?:过去|过来|给|到))/gu, '转'],
  // An IOU or a form written out: 给他打了借条.
  [/打(?=(?:了|过)?(?:个|张|一张)?(?:欠条|借条|收条|白条|条子|报告|申请))/gu, '写'],
  // Work for wages: 去广东打工, 打零工 (no blow in it).
  [/打(?=(?:零|短|散)?工)/gu, '做'],
  // Money, a game or an injection as what is 打 (养老金还在打, 麻将还在打, 疫苗针还在打).
  [/(?<=(?:钱|工资|养老金|退休金|补贴|补助|款|低保|社保|医保)[^，。\s]{0,2})打/gu, '转'],
  [/(?<=(?:牌|麻将|球|游戏)[^，。\s]{0,2})打/gu, '玩'],
  [/(?<=(?:针|疫苗|点滴|吊瓶)[^，。\s]{0,2})打/gu, '输'],
];
// A call to someone, not a blow: 打了他好几个电话, 打我手机 (bare 打电话 stays: 不让我打电话 is a sign of confinement).
const CALL_SENSE = new RegExp(`打(?=(?:了|过)?(?:${TO_WHOM}|个|几个|好几个|一个|[\\d一二两三四五六七八九十]+个)+(?:的)?(?:电话|手机|视频|微信|语音))`, 'gu');
// 质押, 质疑, 质量 put 人 next to 质 (债务人质押): the compound, not a hostage.
const PLEDGE_SENSE: [RegExp, string][] = [
  [/质押/gu, '抵押'],
  [/质疑/gu, '怀疑'],
  [/质量/gu, '品相'],
  [/质检/gu, '检验'],
  [/质问/gu, '盘问'],
];
// 要求 is a request (可以要求砍掉吗): its 要 is no intent.
const REQUEST = /要求/gu;
// A count that is not of people: 几十年, 上百块, 十几个月, 几百斤 (几十个人 stays a crowd).
const UNIT = '(?=年|岁|块|元|万|千|斤|亩|米|公里|里路|天|个?月|个?(?:小时|钟头)|次|回|棵|株|根|只|头|条|本|张|平|方|度|公斤|吨|件|箱|包|趟|遍)';
const COUNT = new RegExp(`(?:好几百|好几十|一百多|二三十|三四十|几十个?|几百|上百|十几个)${UNIT}`, 'gu');

// A way, a pipe or a wall dug, cut or knocked through by someone (把路挖断了, 把我家墙挖垮了一截): damage to
// property, not a broken bone or a landslide (a bank or a dam is left out: its breach is a flood).
const CUT_THROUGH =
  /((?:路|道|沟|渠|埂|坎|桥|水管|管子|管道|围墙|墙|篱笆|栏杆|堰|田埂|便道|猪圈|牛圈|圈|棚|灶|厕所|院坝)[^，。\s]{0,3}(?:挖|铲|截|锯|拆|剪|砍|堵|占|扒|弄|搞))(?:断|烂|垮|塌|倒|坏)/gu;
// Asking how to get a protection order is no breach of one (能申请保护令吗); one applied for or granted
// (申请了保护令 他还来) stays, since harm from the person it names is a breach.
const ORDER_APPLIED = /((?:能不能|能|可以|可不可以|怎么|咋|如何|要不要|想|准备|打算|哪里|去哪)[^，。\s]{0,3}(?:申请|办理?|开)(?![了到过])[^，。\s]{0,2})(?:人身安全)?保护令/gu;

// A thing lost, whoever owns it (寄给儿子的腊肉搞丢了, 娃的书包不见了): not a child gone.
const THING_LOST =
  /((?:快递|包裹|腊肉|肉|钱|手机|钱包|身份证|证件|户口本|卡|东西|货|行李|钥匙|书包|作业本|衣服|鞋|牛|羊|猪|鸡|鸭|鹅|狗|猫|车|摩托|包|信|文件|合同|借条)(?:搞|弄|被[^，。\s]{0,3}(?:偷|拿))?)(?:丢了|丢失|不见了)/gu;
// Whatever follows 的 and is no person (寄给女儿的一箱土鸡蛋搞丢了; 我家的娃丢了 stays).
const OWNED_LOST = /(的(?:(?![娃孩儿女崽宝孙侄甥生人爸妈爹娘爷奶婆公老男哥姐弟妹叔姨舅丫])[^，。\s]){1,6}?(?:搞|弄)?)(?:丢了|丢失|不见了)/gu;

const TREE = /树|木|杉|松|柏|竹|柴|枝|林|桉|楠|椿/u;
// 砍 with a person, a body or a result on a body after it stays 砍 (砍掉我家门口的树 names a tree, not me).
const PERSON_NEXT =
  '(?:了|掉|倒|下|过)?(?:死|伤|残|(?:人|你|我|俺|他|她|全家|一家|娃|孩子|小孩|老婆|媳妇|老公|男人|对方|邻居|那个|那人|村长|支书|干部|哪个|哪一个|谁)(?![^，。\\s]{0,8}(?:树|木|竹|林|柴))|头|手|脚|腿|脖子)';
const CHOP = new RegExp(`砍(?!${PERSON_NEXT})`, 'gu');
// A clause where someone is armed or threatens keeps its 砍 whatever the tree: 为砍树的事他提刀扬言要砍.
const MENACING = /扬言|威胁|放话|喊着|拿(?![去回到来])|提|举|拎|操起|追|冲/u;
const CLAUSE = /([，。！？!?；;、,.~…\n\s]+)/u;

/** everydaySenses('工资都打他自己卡上') → '工资都转他自己卡上'; '他拿刀要砍我' is left as it is. */
export function everydaySenses(folded: string): string {
  let t = folded;
  for (const [re, to] of MONEY_SENSE) t = t.replace(re, to);
  t = t.replace(CALL_SENSE, '拨');
  for (const [re, to] of PLEDGE_SENSE) t = t.replace(re, to);
  t = t
    .replace(REQUEST, '请求')
    .replace(COUNT, '数')
    .replace(CUT_THROUGH, '$1毁')
    .replace(ORDER_APPLIED, '$1保护裁定')
    .replace(THING_LOST, '$1遗失了')
    .replace(OWNED_LOST, '$1遗失了');
  return everydayScenes(fellTrees(t));
}

/** 砍 in a clause that names a tree, or just after two that do, is felling (想砍了卖点钱 after 几棵大杉树). */
function fellTrees(text: string): string {
  if (!TREE.test(text)) return text;
  const parts = text.split(CLAUSE);
  const clauses = parts.filter((_, i) => i % 2 === 0);
  return parts
    .map((p, i) => {
      if (i % 2 === 1 || !p.includes('砍') || MENACING.test(p)) return p;
      const k = i / 2;
      const near = clauses.slice(Math.max(0, k - 2), k + 1).join('，');
      return TREE.test(near) ? p.replace(CHOP, '伐') : p;
    })
    .join('');
}
