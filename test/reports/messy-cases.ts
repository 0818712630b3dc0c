/**
 * Weekly reports typed the way grid workers type them on a phone: short grid names, Chinese numerals,
 * missing colons, WeChat emoticons, dispute lines without keys, risks in loose words, a dozen ways
 * of saying "nothing this week", and some that are plainly incomplete. Each expectation is what a
 * careful human reader would take from the message.
 */
import type { Category, Risk, Status } from '../../src/grammar/types.js';

type D = [Category, Status, Risk[]];

export type MessyExpected = { grid: string; households: number; nil: boolean; disputes: D[] } | { errors: string[] };

export interface MessyCase {
  id: string;
  text: string;
  /** A private message from a worker (the bot treats it as a reply to the reminder). */
  reply?: boolean;
  expected: MessyExpected;
}

const ok = (grid: string, households: number, disputes: D[] = []): MessyExpected => ({ grid, households, nil: disputes.length === 0, disputes });
const bad = (...errors: string[]): MessyExpected => ({ errors });

export const messyCases: MessyCase[] = [
  // ---- nil reports, written many ways ----
  { id: 'nil-plain', text: '【周报】\n网格：上司村三组\n排查户数：56\n本周无纠纷', expected: ok('上司村三组', 56) },
  { id: 'nil-no-keys', text: '周报 上司村三组 排查56户 本周无纠纷', expected: ok('上司村三组', 56) },
  { id: 'nil-short-grid-bare-wu', text: '【周报】三组，排查了56户，无', expected: ok('三组', 56) },
  { id: 'nil-pingan-wushi', text: '【周报】上司三组\n户数56\n平安无事👍', expected: ok('上司三组', 56) },
  { id: 'nil-meide-maodun', text: '周报：网格上司村三组 户数：五十六 没得矛盾', expected: ok('上司村三组', 56) },
  { id: 'nil-meide-shazi', text: '【周报】网格：上司村三组 户数：56 没得啥子矛盾', expected: ok('上司村三组', 56) },
  { id: 'nil-zanshi', text: '【周报】网格：上司村三组 户数：56 暂时没有发现纠纷', expected: ok('上司村三组', 56) },
  { id: 'nil-count-zero-qi', text: '【周报】网格：上司村三组 户数：56 矛盾纠纷0起', expected: ok('上司村三组', 56) },
  { id: 'nil-count-ling', text: '【周报】网格：上司村三组\n排查户数：56\n纠纷：零', expected: ok('上司村三组', 56) },
  { id: 'nil-emoji-pray', text: '周报 上司村三组 56户 无纠纷🙏', expected: ok('上司村三组', 56) },
  { id: 'nil-yiqie-zhengchang', text: '【周报】网格：上司村三组 户数：56 本周网格内一切正常，无矛盾纠纷发生', expected: ok('上司村三组', 56) },
  { id: 'nil-wei-paichadao', text: '【周报】上司村三组，排查户数56，本周未排查到矛盾纠纷，平安。', expected: ok('上司村三组', 56) },
  { id: 'nil-bare-lines', text: '【周报】\n上司村三组\n56户\n无', expected: ok('上司村三组', 56) },
  { id: 'nil-wechat-emoticons', text: '【周报】[太阳]\n网格：上司村三组[强]\n排查户数：56\n本周无纠纷[抱拳]', expected: ok('上司村三组', 56) },
  { id: 'nil-odd-spaces', text: '【 周报 】网格 ： 上司村三组   排查户数 ：  56   无 纠纷', expected: ok('上司村三组', 56) },
  { id: 'nil-grid-net-suffix', text: '【周报】上司村三组网格 入户排查56户 无矛盾纠纷', expected: ok('上司村三组网格', 56) },
  { id: 'nil-date-lead', text: '11月22日周报 上司村三组 排查56户 无纠纷', expected: ok('上司村三组', 56) },
  { id: 'nil-grid-title', text: '上司村三组周报：排查56户，无纠纷', expected: ok('上司村三组', 56) },
  { id: 'nil-reply-no-header', text: '网格上司村三组，排查56户，平安无事', reply: true, expected: ok('上司村三组', 56) },
  { id: 'nil-reply-terse', text: '三组 56户 无', reply: true, expected: ok('三组', 56) },
  { id: 'nil-households-note', text: '#周报 上司村3组 排查户数56户（含外出务工12户） 本周无矛盾纠纷', expected: ok('上司村3组', 56) },
  { id: 'nil-wu-maodun-wu-jiufen', text: '【周报】网格：上司村三组 排查户数：56\n无矛盾无纠纷', expected: ok('上司村三组', 56) },
  { id: 'nil-jingpaicha', text: '【周报】网格：上司村三组 走访户数：八十\n经排查，本周无矛盾纠纷。', expected: ok('上司村三组', 80) },
  { id: 'nil-meiyou-shenme', text: '【周报】上司村六组 排查户数一百零二 本周没有什么矛盾纠纷', expected: ok('上司村六组', 102) },
  { id: 'nil-shangsi-short-keyed', text: '【周报】网格：上司六组 户数：61户 无', expected: ok('上司六组', 61) },

  // ---- disputes ----
  {
    id: 'circled-loose-lines',
    text: '【周报】网格：上司村三组 排查户数：三十二户 纠纷：两起\n①邻里 张某某和李某因排水沟吵架 已调处\n②经济 王某欠赵某工钱三千元 正在调解，扬言要去县里上访',
    expected: ok('上司村三组', 32, [
      ['neighbor', 'resolved', []],
      ['economic', 'in_progress', ['petition']],
    ]),
  },
  {
    id: 'status-still-following',
    text: '【周报】网格:上司村三组;排查户数:70;纠纷:1件;1.类型:邻里;当事人:张某、李某;事由:修房子占道;状态:还在跟',
    expected: ok('上司村三组', 70, [['neighbor', 'in_progress', []]]),
  },
  {
    id: 'family-kanren-in-story',
    text: '【周报】\n网格：上司村五组\n排查：45户\n纠纷：1起\n1、婚姻家庭：韦某与妻子吴某闹离婚，女方娘家人扬言要来砍人，正在调解',
    expected: ok('上司村五组', 45, [['family', 'in_progress', ['homicide']]]),
  },
  {
    id: 'land-knife-police',
    text: '【周报】上司村三组 排查户数：60 纠纷1起：山林纠纷，王某某与陆某两家山界不清，拿刀威胁对方，派出所已出警，正在调处',
    expected: ok('上司村三组', 60, [['land', 'in_progress', ['homicide']]]),
  },
  {
    id: 'yi-er-space-lines-beijing',
    text: '周报\n网格:上司村二组\n走访农户:38户\n矛盾纠纷:2起\n一、土地纠纷 罗某与罗某某争田坎 已化解\n二、借贷纠纷 潘某借款2万未还 说要去北京告 未结',
    expected: ok('上司村二组', 38, [
      ['land', 'resolved', []],
      ['economic', 'pending', ['petition']],
    ]),
  },
  {
    id: 'keyed-mass',
    text: '【周报】网格：上司村七组；排查户数：83；纠纷：1件；1.类型：土地；当事人：七组村民与某公司；事由：征地补偿款分配不均，几十户聚集在村委会；状态：已上报镇里；风险：群体性',
    expected: ok('上司村七组', 83, [['land', 'escalated', ['mass_incident']]]),
  },
  {
    id: 'risk-field-beijing',
    text: '【周报】网格：上司村三组\n排查户数：56\n纠纷：1件\n1.类型：经济；当事人：杨某、蒙某；事由：卖牛的钱没给齐；状态：正在调解；风险：说要去北京告',
    expected: ok('上司村三组', 56, [['economic', 'in_progress', ['petition']]]),
  },
  {
    id: 'risk-field-zhouli',
    text: '【周报】网格：上司村三组\n排查户数：56\n纠纷：1件\n1.类型：经济；当事人：杨某、蒙某；事由：工程款没结；状态：协调中；风险：扬言要去州里上访',
    expected: ok('上司村三组', 56, [['economic', 'in_progress', ['petition']]]),
  },
  {
    id: 'risk-field-dozens-gather',
    text: '【周报】网格：上司村九组 排查户数：120 纠纷：1件 1.类型：山林土地水事；当事人：九组与十组村民；事由：争水源；状态：化解中；风险：几十户聚集',
    expected: ok('上司村九组', 120, [['land', 'in_progress', ['mass_incident']]]),
  },
  {
    id: 'multiline-keyless',
    text: '【周报】\n网格：上司村四组\n排查户数：61\n纠纷：2件\n1.邻里纠纷\n张某与李某因修路占地发生口角\n已调解\n2.婚姻家庭纠纷\n陆某夫妻感情不和闹离婚\n正在调解',
    expected: ok('上司村四组', 61, [
      ['neighbor', 'resolved', []],
      ['family', 'in_progress', []],
    ]),
  },
  {
    id: 'yi-keys-no-colons',
    text: '【周报】网格 上司村三组 排查户数 56\n一、类型 邻里 当事人 张某 李某 事由 争水 状态 已化解',
    expected: ok('上司村三组', 56, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'sentence-after-count-hehao',
    text: '【周报】网格:上司村三组 排查户数:56 纠纷:1件 邻里,张三和李四吵架,已经和好了',
    expected: ok('上司村三组', 56, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'status-tiaojie-hao',
    text: '【周报】\n网格：上司村三组\n排查户数：56\n纠纷：1件\n1.类型：邻里；当事人：张某、李某；事由：鸡吃了菜；状态：已经调解好了',
    expected: ok('上司村三组', 56, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'status-still-mediating',
    text: '【周报】\n网格：上司村三组\n排查户数：56\n纠纷：1件\n1.类型：家庭；当事人：韦某、韦某某；事由：兄弟分家；状态：还在调解',
    expected: ok('上司村三组', 56, [['family', 'in_progress', []]]),
  },
  {
    id: 'status-not-settled',
    text: '【周报】\n网格：上司村三组\n排查户数：56\n纠纷：1件\n1.类型：经济；当事人：韦某、石某；事由：借钱不还；状态：没调解好',
    expected: ok('上司村三组', 56, [['economic', 'pending', []]]),
  },
  {
    id: 'status-still-coordinating',
    text: '【周报】\n网格：上司村三组\n排查户数：56\n纠纷：1件\n1.类型：山林；当事人：韦某、石某；事由：砍树砍过界；状态：还在协调',
    expected: ok('上司村三组', 56, [['land', 'in_progress', []]]),
  },
  {
    id: 'keyed-summary-knife',
    text: '【周报】\n网格：上司村三组\n排查户数：56\n纠纷：1起\n1、类型：邻里；当事人：张某、李某；事由：因建房滴水问题发生争吵，张某扬言要拿刀砍人；状态：正在调解',
    expected: ok('上司村三组', 56, [['neighbor', 'in_progress', ['homicide']]]),
  },
  {
    id: 'explicit-no-risk-wins',
    text: '【周报】\n网格：上司村三组\n排查户数：56\n纠纷：1起\n1、类型：邻里；当事人：张某、李某；事由：两家争地，张某以前上访过；状态：已化解；风险：无',
    expected: ok('上司村三组', 56, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'sections',
    text: '【周报】\n一、基本情况\n网格：上司村三组，排查户数：56户\n二、矛盾纠纷情况\n本周排查矛盾纠纷1起：\n1.邻里纠纷，张某与李某因放牛踩坏庄稼发生争执，已调解成功。\n三、下步打算\n继续加强排查',
    expected: ok('上司村三组', 56, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'two-title-lines-after-count',
    text: '【周报】\n网格：上司村三组\n排查户数：56户\n纠纷：2起\n邻里纠纷：张某与李某争滴水，已化解\n经济纠纷：王某拖欠赵某货款，正在调解',
    expected: ok('上司村三组', 56, [
      ['neighbor', 'resolved', []],
      ['economic', 'in_progress', []],
    ]),
  },
  {
    id: 'title-colon-compensation',
    text: '【周报】\n网格：上司村三组\n排查户数：56户\n纠纷：1起\n邻里：张某某与李某某因牛吃庄稼发生争执，经调解已赔偿到位',
    expected: ok('上司村三组', 56, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'space-lines-short',
    text: '【周报】上司村三组 排查56户 纠纷两起\n1.邻里 张某 李某 争水 已化解\n2.家庭 韦某夫妻吵架 在调解',
    expected: ok('上司村三组', 56, [
      ['neighbor', 'resolved', []],
      ['family', 'in_progress', []],
    ]),
  },
  {
    id: 'title-then-keyed-risk',
    text: '周报 网格：上司村八组 排查户数：四十\n一、邻里纠纷：潘某与蒙某因宅基地滴水发生口角，目前正在调解中 风险：无',
    expected: ok('上司村八组', 40, [['neighbor', 'in_progress', []]]),
  },
  {
    id: 'other-escalated',
    text: '【周报】网格：上司村三组 排查户数：56 纠纷：3起\n①邻里：杨某与吴某争路，已化解\n②婚姻：陆某离婚财产分割，调解中\n③其他：交通事故赔偿，已移交派出所',
    expected: ok('上司村三组', 56, [
      ['neighbor', 'resolved', []],
      ['family', 'in_progress', []],
      ['other', 'escalated', []],
    ]),
  },
  {
    id: 'keycap-markers',
    text: '【周报】网格：上司村三组 排查户数：56 纠纷：2起\n1️⃣邻里纠纷，罗某和潘某争水，已化解\n2️⃣土地纠纷，杨某兄弟争宅基地，未结',
    expected: ok('上司村三组', 56, [
      ['neighbor', 'resolved', []],
      ['land', 'pending', []],
    ]),
  },
  {
    // Keys glued to their values: issue 17 reads the dispute from its words (邻里, 已化解).
    id: 'glued-keys',
    text: '【周报】网格：上司村三组 排查户数：56 纠纷：1起\n1.类型邻里，当事人张某李某，事由吵架，状态已化解',
    expected: ok('上司村三组', 56, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'status-shuotong',
    text: '【周报】网格：上司村三组 排查户数：56 纠纷：1起\n1.类型：家庭；当事人：王某、王某某；事由：父子为养老吵架；状态：已经说通了',
    expected: ok('上司村三组', 56, [['family', 'resolved', []]]),
  },
  {
    id: 'story-risk-self-harm',
    text: '【周报】网格：上司村三组 排查户数：56 纠纷：1起\n1.家庭纠纷，刘某与丈夫吵架后扬言要喝农药，正在做工作',
    expected: ok('上司村三组', 56, [['family', 'in_progress', ['other']]]),
  },
  {
    id: 'story-fight-no-risk',
    text: '【周报】网格：上司村三组 排查户数：56 纠纷：1起\n1.邻里纠纷，两家小孩打架引发大人争吵，已化解',
    expected: ok('上司村三组', 56, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'story-government-asked-no-risk',
    text: '【周报】网格：上司村三组 排查户数：56 纠纷：1起\n1.经济纠纷，石某欠王某货款，王某找政府帮忙协调，调解中',
    expected: ok('上司村三组', 56, [['economic', 'in_progress', []]]),
  },
  {
    id: 'story-collective-land-no-risk',
    text: '【周报】网格：上司村三组 排查户数：56 纠纷：1起\n1.土地纠纷，韦某占用集体土地建房，多人反映，调解中',
    expected: ok('上司村三组', 56, [['land', 'in_progress', []]]),
  },

  {
    id: 'eleven-short-circled',
    text: '【周报】上司十一组 63户 纠纷1起\n①土地 吴某与韦某争田埂 还在协调',
    expected: ok('上司十一组', 63, [['land', 'in_progress', []]]),
  },
  {
    id: 'count-then-title-same-line',
    text: '#周报 网格：上司村一组 排查户数：48户 纠纷：1起 邻里：潘某家狗咬伤李某家鸡，已赔偿，调解成功',
    expected: ok('上司村一组', 48, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'threat-to-beat-to-death',
    text: '【周报】\n上司村二组\n排查户数：九十\n纠纷：两起\n1、婚姻家庭 石某夫妻吵架 女方回娘家 正在做工作\n2、山林 两家争坟山 扬言要打死对方 已报派出所',
    expected: ok('上司村二组', 90, [
      ['family', 'in_progress', []],
      ['land', 'escalated', ['homicide']],
    ]),
  },
  {
    id: 'crowd-to-county-government',
    text: '【周报】网格：上司村二组 排查：90户 矛盾纠纷：1起\n1.经济纠纷：韦某欠包工头工钱，几十个工人说要集体去县政府讨说法，正在协调',
    expected: ok('上司村二组', 90, [['economic', 'in_progress', ['mass_incident', 'petition']]]),
  },
  {
    id: 'dog-killed-is-no-threat',
    text: '【周报】网格：上司村二组 排查户数：90 纠纷：1起\n1.邻里纠纷，张某把李某家的狗打死了，已赔偿',
    expected: ok('上司村二组', 90, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'keyed-lines-tiaojie-hao',
    text: '【周报】网格：上司村五组 户数：77\n纠纷：1件\n1.类型：邻里\n当事人：蒙某、杨某\n事由：修房子地基挖到对方地里\n状态：调解好了',
    expected: ok('上司村五组', 77, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'tongguiyujin-escalated',
    text: '【周报】网格：上司村五组 户数：77 纠纷：1件\n1.土地纠纷，杨某兄弟因分宅基地吵架，弟弟扬言要同归于尽，已上报镇综治中心',
    expected: ok('上司村五组', 77, [['land', 'escalated', ['homicide']]]),
  },
  {
    id: 'title-after-count-line',
    text: '【周报】网格：上司村五组 户数：77 纠纷：1件\n土地纠纷：杨某兄弟因分宅基地吵架，已化解',
    expected: ok('上司村五组', 77, [['land', 'resolved', []]]),
  },
  {
    id: 'title-line-without-count',
    text: '【周报】网格：上司村三组 排查户数：56\n邻里纠纷：张某与李某争水，已化解',
    expected: ok('上司村三组', 56, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'story-pesticide',
    text: '【周报】网格：上司村五组\n户数：77\n纠纷：1件\n家庭：王某与儿媳不和，老人说要喝农药，村里正在调解',
    expected: ok('上司村五组', 77, [['family', 'in_progress', ['other']]]),
  },
  {
    id: 'story-road-blocked-no-risk',
    text: '【周报】网格：上司村三组 排查户数：56 纠纷：1件\n1.邻里纠纷，张某建房材料堵路，两家吵架，已化解',
    expected: ok('上司村三组', 56, [['neighbor', 'resolved', []]]),
  },
  {
    id: 'tally-in-count-line',
    text: '【周报】网格：上司村三组 排查户数：56 纠纷：2件 邻里：1件 土地：1件\n1.类型：邻里；当事人：甲某；事由：争水\n2.类型：土地；当事人：乙某；事由：争地',
    expected: ok('上司村三组', 56, [
      ['neighbor', 'pending', []],
      ['land', 'pending', []],
    ]),
  },
  { id: 'nil-eleven-pingan', text: '周报：上司村十一组，入户走访六十三户，本周平安无事', expected: ok('上司村十一组', 63) },
  { id: 'nil-title-ok-emoticon', text: '上司村五组周报\n走访户数:77\n无矛盾纠纷 [OK]', expected: ok('上司村五组', 77) },
  { id: 'nil-dou-meiyou', text: '【周报】上司村五组，本周走访了77户，都没有发现矛盾纠纷。', expected: ok('上司村五组', 77) },
  { id: 'nil-reply-benzhou-meide', text: '网格：上司村五组\n户数：77\n本周没得', reply: true, expected: ok('上司村五组', 77) },
  { id: 'nil-spaced-short', text: '【周报】 五组  七十七户   无', expected: ok('五组', 77) },
  { id: 'nil-tally-all-zero', text: '【周报】网格：上司村三组 排查户数：56\n婚姻家庭纠纷：0件\n邻里纠纷：无\n山林土地纠纷：本周无', expected: ok('上司村三组', 56) },
  { id: 'nil-signature-phone', text: '【周报】网格：上司村五组\n户数：77\n本周无纠纷\n网格员：王某某 13800000000', expected: ok('上司村五组', 77) },
  { id: 'nil-greeting-header', text: '大家好，上司村五组这周的周报：排查77户，无纠纷', expected: ok('上司村五组', 77) },
  { id: 'nil-title-week-number', text: '【上司村三组第47周周报】排查户数：48 本周无纠纷', expected: ok('上司村三组', 48) },
  { id: 'nil-title-benzhou', text: '上司村三组本周周报\n排查户数：48\n本周无纠纷', expected: ok('上司村三组', 48) },
  { id: 'nil-title-month-week', text: '上司村三组11月第3周周报\n排查户数：48\n本周无纠纷', expected: ok('上司村三组', 48) },

  {
    id: 'note-wu-under-dispute',
    text: '【周报】网格：上司村三组 排查户数：56 纠纷：1件\n1.类型：邻里；当事人：甲某；事由：争水\n备注：无',
    expected: ok('上司村三组', 56, [['neighbor', 'pending', []]]),
  },

  // ---- incomplete: the bot must say what is missing ----
  { id: 'err-no-grid', text: '【周报】排查了56户，本周无纠纷', expected: bad('grid') },
  { id: 'err-no-households', text: '【周报】上司村三组 本周无纠纷', expected: bad('households') },
  { id: 'err-no-households-short', text: '【周报】三组 平安无事', expected: bad('households') },
  { id: 'err-households-words', text: '【周报】网格：上司村三组 排查户数：很多 无纠纷', expected: bad('households') },
  { id: 'err-nothing-said', text: '【周报】网格：上司村三组 排查户数：56', expected: bad('disputes') },
  { id: 'err-header-only', text: '【周报】', expected: bad('grid', 'households', 'disputes') },
  { id: 'err-only-nil', text: '周报：无纠纷', expected: bad('grid', 'households') },
  { id: 'err-count-mismatch', text: '【周报】上司村三组 排查56户 纠纷2起\n1.邻里 张某李某吵架 已化解', expected: bad('count') },
  { id: 'err-no-category', text: '【周报】上司村三组 56户\n1.张某和李某因为鸡吃了菜吵架 已化解', expected: bad('category') },
  { id: 'err-nil-and-dispute', text: '【周报】网格上司村三组 排查户数56 无纠纷\n1、邻里纠纷 张某李某吵架', expected: bad('count') },
  { id: 'err-dispute-no-households', text: '【周报】网格：上司村三组 纠纷：1起 1.邻里 张某李某吵架 已化解', expected: bad('households') },
  { id: 'err-dispute-no-grid', text: '周报 排查户数:40 纠纷1起\n1.经济 欠款不还 正在调解', expected: bad('grid') },
  { id: 'err-empty-grid', text: '【周报】\n网格：\n户数：77\n无纠纷', expected: bad('grid') },
  { id: 'err-empty-households', text: '【周报】\n网格：上司村五组\n户数：\n无纠纷', expected: bad('households') },
  { id: 'err-note-wu-is-no-nil', text: '【周报】网格：上司村三组 排查户数：56 备注：无', expected: bad('disputes') },
  { id: 'err-no-summary', text: '【周报】上司村三组 走访56户 纠纷1起\n1.类型：邻里 状态：已化解', expected: bad('summary') },

  // ---- ordinary chat: never a report ----
  { id: 'chat-meeting', text: '今天下午到村委会开会，各组网格员都要来', expected: bad('header') },
  { id: 'chat-ask-visit', text: '张某家和李某家又吵起来了，麻烦网格员去看一下', expected: bad('header') },
  { id: 'chat-ok', text: '收到👍', expected: bad('header') },
  { id: 'chat-later', text: '本周的周报我晚点发', expected: bad('header') },
  { id: 'chat-asked', text: '周报发了没得？', expected: bad('header') },
  { id: 'chat-reply-later', text: '好的，马上发', reply: true, expected: bad('header') },
  { id: 'chat-reply-none', text: '无', reply: true, expected: bad('header') },
  { id: 'chat-reply-meide', text: '没得', reply: true, expected: bad('header') },
  { id: 'chat-reply-hello', text: '你好', reply: true, expected: bad('header') },
  { id: 'chat-greeting-question', text: '大家好，请问周报怎么写', expected: bad('header') },
  { id: 'chat-reply-wish', text: '好的，祝你平安无事', reply: true, expected: bad('header') },
  { id: 'chat-ask-to-send', text: '请大家报送本周的周报', expected: bad('header') },
  { id: 'chat-question-none', text: '三组那边最近有没有矛盾纠纷？', expected: bad('header') },
];
