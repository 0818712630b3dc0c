/**
 * Weekly reports the way grid workers send them from a phone or by voice: one line, no keys, no
 * punctuation, homophones, numbers in words, disputes numbered inside the line, threats inside the
 * story, and the near-reports and non-reports the bot must tell apart. Written before the phone dev
 * set was read (villages and names are invented); each expectation is what a careful reader takes.
 */
import type { Category, Risk, Status } from '../../src/grammar/types.js';

type D = [Category, Status, Risk[]];

export type SpokenExpected = { grid: string; households: number; nil: boolean; disputes: D[] } | { fields: string[] };

export interface SpokenCase {
  id: string;
  text: string;
  expected: SpokenExpected;
}

const ok = (grid: string, households: number, disputes: D[] = []): SpokenExpected => ({ grid, households, nil: disputes.length === 0, disputes });
const bad = (...fields: string[]): SpokenExpected => ({ fields });

export const spokenCases: SpokenCase[] = [
  // ---- nil, in everyday words ----
  { id: 'nil-fengping', text: '青杠村五组本周走访68户 风平浪静', expected: ok('青杠村五组', 68) },
  { id: 'nil-meiren-nao', text: '石门村三组这周入户七十二户，没人闹矛盾', expected: ok('石门村三组', 72) },
  { id: 'nil-yiqie', text: '龙潭村二组，走访了一百零八户，一切正常', expected: ok('龙潭村二组', 108) },
  { id: 'nil-pingan', text: '白岩村七组 排查95户 平安无事', expected: ok('白岩村七组', 95) },
  { id: 'nil-meide-shazi', text: '新寨村一组这周走了六十户没得啥子矛盾', expected: ok('新寨村一组', 60) },
  { id: 'nil-voice-filler', text: '嗯花桥村那个四组这周走访了八十三户嗯没有发现什么纠纷', expected: ok('花桥村四组', 83) },
  { id: 'nil-village-filler-group', text: '杨柳村嗯十二组本周排查一百一十户没有矛盾纠纷', expected: ok('杨柳村十二组', 110) },
  { id: 'nil-homophone', text: '水井村六组走访五十四户没得纠分', expected: ok('水井村六组', 54) },
  { id: 'nil-hehe', text: '报告一下，松林村八组本周入户走访77户，各家都和和气气的，没有扯皮的事', expected: ok('松林村八组', 77) },
  { id: 'nil-zuoyou', text: '桃园村二组走访八十户左右，没啥矛盾', expected: ok('桃园村二组', 80) },
  { id: 'nil-total-and-visited', text: '金竹村九组全组120户本周走访85户无矛盾纠纷', expected: ok('金竹村九组', 85) },
  { id: 'nil-fullwidth', text: '马鞍村３组　走访９０户　一切平稳没有纠纷', expected: ok('马鞍村3组', 90) },
  { id: 'nil-households-after', text: '本周大坪村四组没有发生矛盾纠纷，共走访群众六十六户', expected: ok('大坪村四组', 66) },
  { id: 'nil-anjing', text: '岩头村十组这周太平无事 走访户数一百户', expected: ok('岩头村十组', 100) },
  { id: 'nil-shequ', text: '河东社区二组本周入户56户，辖区平安无事', expected: ok('河东社区二组', 56) },
  { id: 'nil-laihu', text: '柏树村五组走访了七十来户，没有纠纷', expected: ok('柏树村五组', 70) },

  // ---- one dispute, story only ----
  { id: 'one-land-resolved', text: '青杠村五组本周走访68户，张某和李某因为宅基地界址吵起来，村里调解后说通了', expected: ok('青杠村五组', 68, [['land', 'resolved', []]]) },
  { id: 'one-family-progress', text: '石门村三组走访七十二户 纠纷一起 王某某家婆媳吵架 儿媳要回娘家 还在调', expected: ok('石门村三组', 72, [['family', 'in_progress', []]]) },
  {
    id: 'one-economic-escalated',
    text: '龙潭村二组排查九十户，有一起工钱纠纷，刘某帮陈某某盖房子工钱一直没给，已经交派出所处理',
    expected: ok('龙潭村二组', 90, [['economic', 'escalated', []]]),
  },
  {
    id: 'one-voice-homophone',
    text: '白岩村七组走访九十五户纠分一起周某借钱给吴某两万块一直不还以经调节好了以化解',
    expected: ok('白岩村七组', 95, [['economic', 'resolved', []]]),
  },
  {
    id: 'one-pending',
    text: '新寨村一组本周走访60户，发现一起邻居纠纷，赵某家排水沟的水流到钱某家院子里，刚发现还没处理',
    expected: ok('新寨村一组', 60, [['neighbor', 'pending', []]]),
  },
  { id: 'one-last-progress', text: '花桥村四组走访83户 孙某与李某某为承包地边界争吵 开始正在协调 后来签了协议', expected: ok('花桥村四组', 83, [['land', 'resolved', []]]) },
  {
    id: 'one-taiping-then-dispute',
    text: '杨柳村十二组本周还算太平，走访了一百一十户，就是有一起彩礼纠纷，郑某退婚要求女方退彩礼，正在协调',
    expected: ok('杨柳村十二组', 110, [['family', 'in_progress', []]]),
  },
  { id: 'one-brackets', text: '水井村六组走访54户，何某某（男，63岁）与其子何某（38岁）因赡养问题争吵，已调解好了', expected: ok('水井村六组', 54, [['family', 'resolved', []]]) },
  { id: 'one-count-before', text: '松林村八组本周排查77户纠纷1起 罗某和冯某两家用水灌溉起争执 目前村两委正在化解', expected: ok('松林村八组', 77, [['land', 'in_progress', []]]) },
  { id: 'one-then-households', text: '金竹村九组 冯某某欠邓某货款三千元不还 已转司法所 本周走访户数85', expected: ok('金竹村九组', 85, [['economic', 'escalated', []]]) },

  // ---- threats inside the story ----
  {
    id: 'threat-kill-named',
    text: '桃园村二组走访80户，黄某与宋某因地界纠纷吵架，黄某扬言要砍死宋某，已交派出所',
    expected: ok('桃园村二组', 80, [['land', 'escalated', ['homicide']]]),
  },
  { id: 'threat-kill-unnamed', text: '马鞍村3组走访90户 蒋某离婚后前夫天天上门闹 说要拿命来偿 正在调解', expected: ok('马鞍村3组', 90, [['family', 'in_progress', ['homicide']]]) },
  {
    id: 'threat-petition',
    text: '大坪村四组走访66户，有一起工钱纠纷，二十几个工人的工钱被包工头拖欠，工人说要去县里上访，镇里正在协调',
    expected: ok('大坪村四组', 66, [['economic', 'in_progress', ['petition']]]),
  },
  {
    id: 'threat-crowd',
    text: '岩头村十组本周走访100户，修路占了几户人的承包地，村民约了十几个人要去堵路，已上报镇里',
    expected: ok('岩头村十组', 100, [['land', 'escalated', ['mass_incident']]]),
  },
  { id: 'threat-suicide', text: '河东社区二组入户56户 谢某夫妻闹离婚 谢某说不离就喝药 还在做工作', expected: ok('河东社区二组', 56, [['family', 'in_progress', ['other']]]) },
  { id: 'threat-resolved-still', text: '柏树村五组走访70户 韩某说要弄死邻居唐某 因为宅基地 后来调解好了', expected: ok('柏树村五组', 70, [['land', 'resolved', ['homicide']]]) },
  { id: 'no-threat-court', text: '青杠村五组走访68户，曹某和彭某借款纠纷，曹某说要到法院打官司，目前正在协调', expected: ok('青杠村五组', 68, [['economic', 'in_progress', []]]) },
  { id: 'no-threat-push', text: '石门村三组走访72户 两家邻居为鸡吃菜吵架 推了几下当场就过去了 已化解', expected: ok('石门村三组', 72, [['neighbor', 'resolved', []]]) },

  // ---- several disputes inside one line ----
  {
    id: 'multi-fullwidth-marks',
    text: '龙潭村二组走访90户，纠纷两起：１、许某和邻居为排水沟吵架，已化解；２、邓某某借钱不还，还在调',
    expected: ok('龙潭村二组', 90, [
      ['neighbor', 'resolved', []],
      ['economic', 'in_progress', []],
    ]),
  },
  {
    id: 'multi-dot-marks',
    text: '白岩村七组走访95户纠纷3起 1.夫妻吵架已调解 2.承包地边界不清正在协调 3.欠工钱转劳动监察',
    expected: ok('白岩村七组', 95, [
      ['family', 'resolved', []],
      ['land', 'in_progress', []],
      ['economic', 'escalated', []],
    ]),
  },
  {
    id: 'multi-circled',
    text: '新寨村一组本周走访六十户 ①宅基地纠纷 已化解 ②赡养老人纠纷 正在调解',
    expected: ok('新寨村一组', 60, [
      ['land', 'resolved', []],
      ['family', 'in_progress', []],
    ]),
  },
  {
    id: 'multi-paren',
    text: '花桥村四组走访83户 1)邻居噪音扰民已说通 2)彩礼退还纠纷还在协调 3)林地界线不清刚发现',
    expected: ok('花桥村四组', 83, [
      ['neighbor', 'resolved', []],
      ['family', 'in_progress', []],
      ['land', 'pending', []],
    ]),
  },
  {
    id: 'multi-diyiqi',
    text: '杨柳村十二组走访一百一十户 第一起是潘某和杜某为田坎地界吵架已经调解好了 第二起是戴某拖欠夏某工钱 夏某扬言要去北京上访 正在协调',
    expected: ok('杨柳村十二组', 110, [
      ['land', 'resolved', []],
      ['economic', 'in_progress', ['petition']],
    ]),
  },
  {
    id: 'multi-yigeshi',
    text: '水井村六组走访54户有两件事一个是钟某家老人赡养问题已经说通了另一个是汪某和田某借钱的事还没处理',
    expected: ok('水井村六组', 54, [
      ['family', 'resolved', []],
      ['economic', 'pending', []],
    ]),
  },
  {
    id: 'multi-haiyouyige',
    text: '松林村八组本周走访77户 纠纷三起 一个是邻居占道堆柴已化解 另一个是夫妻闹离婚在调解 还有一个是承包地流转租金没给 已上报',
    expected: ok('松林村八组', 77, [
      ['neighbor', 'resolved', []],
      ['family', 'in_progress', []],
      ['land', 'escalated', []],
    ]),
  },
  {
    id: 'multi-four-voice',
    text: '金竹村九组嗯本周走访八十五户纠纷四起第一起宅基地以化解第二起借款纠纷在调节第三起婆媳矛盾以经调解好第四起工钱纠纷交派出所了',
    expected: ok('金竹村九组', 85, [
      ['land', 'resolved', []],
      ['economic', 'in_progress', []],
      ['family', 'resolved', []],
      ['economic', 'escalated', []],
    ]),
  },
  {
    id: 'multi-threat-second',
    text: '桃园村二组走访80户两起纠纷 1、石某与邻居因滴水吵架已化解 2、龚某某离婚分财产 扬言要杀了对方全家 已报派出所',
    expected: ok('桃园村二组', 80, [
      ['neighbor', 'resolved', []],
      ['family', 'escalated', ['homicide']],
    ]),
  },
  {
    id: 'multi-brackets',
    text: '马鞍村3组走访90户 ①欧某（女，45岁）与其夫范某（47岁）闹离婚 正在调解 ②车某某欠武某借款5万元 已签还款协议',
    expected: ok('马鞍村3组', 90, [
      ['family', 'in_progress', []],
      ['economic', 'resolved', []],
    ]),
  },
  {
    id: 'multi-chinese-marks',
    text: '大坪村四组走访66户，一、两家为灌溉用水争吵，已化解；二、包工头欠薪，工人准备聚集讨薪，正在协调',
    expected: ok('大坪村四组', 66, [
      ['land', 'resolved', []],
      ['economic', 'in_progress', ['mass_incident']],
    ]),
  },
  {
    id: 'multi-dijian',
    text: '岩头村十组本周走访100户 第一件邻居因牛吃庄稼吵架已和好 第二件兄弟分家产争吵 还在调解',
    expected: ok('岩头村十组', 100, [
      ['neighbor', 'resolved', []],
      ['family', 'in_progress', []],
    ]),
  },

  {
    id: 'multi-yijianshi',
    text: '坝子村十一组本礼拜走访了一百二十家，有两件，一件是杨某和邻居为修房子占道吵架，已经达成一致，另一件是刘某某借钱不还，在协商',
    expected: ok('坝子村十一组', 120, [
      ['neighbor', 'resolved', []],
      ['economic', 'in_progress', []],
    ]),
  },
  { id: 'households-jia', text: '大湾村二组 本周入户85家 两家为地界争吵 正在调解', expected: ok('大湾村二组', 85, [['land', 'in_progress', []]]) },
  { id: 'households-jiating-not-count', text: '竹林村6组排查户数96 纠纷1 家庭 邓某和儿媳分家吵 已说通', expected: ok('竹林村6组', 96, [['family', 'resolved', []]]) },

  // ---- with header or half keys, but spoken inside ----
  {
    id: 'header-one-line',
    text: '【周报】河东社区二组 走访56户 纠纷2起 1.邻里纠纷已化解 2.土地纠纷正在调解',
    expected: ok('河东社区二组', 56, [
      ['neighbor', 'resolved', []],
      ['land', 'in_progress', []],
    ]),
  },
  { id: 'glued-keys', text: '网格柏树村五组户数70纠纷1起宅基地纠纷已化解', expected: ok('柏树村五组', 70, [['land', 'resolved', []]]) },
  {
    id: 'voice-run-on',
    text: '那个我报一下青杠村五组这周的情况就是走访了六十八户然后有一起纠纷就是任某和袁某两家因为承包地的地界吵起来了然后村里面正在协调',
    expected: ok('青杠村五组', 68, [['land', 'in_progress', []]]),
  },

  // ---- near-reports: the missing field is named ----
  { id: 'near-vague-ji', text: '石门村三组本周走访七十几户，没有矛盾纠纷', expected: bad('households') },
  { id: 'near-vague-haoji', text: '龙潭村二组这周走了好几十户 一切正常', expected: bad('households') },
  { id: 'near-no-households', text: '白岩村七组本周平安无事没有纠纷', expected: bad('households') },
  { id: 'near-no-households-dispute', text: '新寨村一组本周发现一起宅基地纠纷，已化解', expected: bad('households') },
  { id: 'near-bare-group', text: '三组这周走访了60户没有纠纷', expected: bad('grid') },
  { id: 'near-no-grid', text: '本周走访了85户，有一起邻里纠纷已化解', expected: bad('grid') },
  { id: 'near-count', text: '花桥村四组走访83户纠纷三起 1.宅基地纠纷已化解 2.借款纠纷正在协调', expected: bad('count') },
  { id: 'near-category', text: '杨柳村十二组本周走访110户，有一起纠纷，情况还在了解', expected: bad('category') },
  { id: 'near-duoji', text: '水井村六组走访了五十多户 纠纷一起 邻居为排水吵架 已化解', expected: bad('households') },
  { id: 'near-voice-no-households', text: '嗯松林村八组那个这周有一起纠分就是彩礼的事还在调节', expected: bad('households') },

  // ---- not reports at all ----
  { id: 'not-question-deadline', text: '周报是不是周日晚上之前交？', expected: bad('header') },
  { id: 'not-greeting', text: '各位领导早上好', expected: bad('header') },
  { id: 'not-legal-named-group', text: '我是金竹村九组的，邻居占了我家宅基地，我该怎么办', expected: bad('header') },
  { id: 'not-legal-question', text: '请问彩礼给了八万现在女方要退婚能要回来吗', expected: bad('header') },
  { id: 'not-thanks', text: '收到，谢谢', expected: bad('header') },
  { id: 'not-ask-form', text: '桃园村二组走访的表格在哪里下载', expected: bad('header') },
  { id: 'not-notice', text: '明天上午九点在村委会开会，请各组网格员准时参加', expected: bad('header') },
  { id: 'not-legal-wages', text: '马鞍村3组有个村民问，老板拖欠工钱半年不给，能去哪里告', expected: bad('header') },
];
