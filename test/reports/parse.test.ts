import { describe, expect, it } from 'vitest';
import { createReportParser, parseDisputeLine, parseReport } from '../../src/grammar/parse.js';
import { DISPUTE_LINE_TEMPLATE, NIL_REPORT_EXAMPLE, REMINDER_SHORT_FORM, REPORT_TEMPLATE } from '../../src/grammar/template.js';
import { defaultVocabulary } from '../../src/grammar/vocabulary.js';

const fields = (text: string, opts?: { replyToReminder?: boolean }): string[] => parseReport(text, opts).errors.map((e) => e.field);

/** A report around one dispute line, so each table below varies one thing. */
const withDispute = (dispute: string): string => `【周报】\n网格：拉然村四组\n排查户数：66\n纠纷：1件\n1.${dispute}`;

const only = (text: string) => {
  const r = parseReport(text);
  expect(r.errors).toEqual([]);
  expect(r.report.disputes).toHaveLength(1);
  return r.report.disputes[0]!;
};

describe('headers', () => {
  it.each([
    ['【周报】', '【周报】\n网格：翁台村五组\n排查户数：48\n本周无矛盾纠纷'],
    ['【 周报 】 with spaces', '【 周报 】网格：翁台村五组 排查户数：48 本周无矛盾纠纷'],
    ['[周报]', '[周报]\n网格：翁台村五组\n排查户数：48\n本周无矛盾纠纷'],
    ['#周报', '#周报 网格：翁台村五组 排查户数：48 零报告'],
    ['＃周报 full width', '＃周报\n网格：翁台村五组\n排查户数：48\n无纠纷'],
    ['周报:', '周报:网格=翁台村五组;排查户数=48;无矛盾纠纷'],
    ['周报： then newline', '周报：\n网格：翁台村五组\n排查户数：48\n本周没有矛盾纠纷'],
    ['本周排查情况', '本周排查情况\n网格：翁台村五组\n走访：48户\n本周未发现矛盾纠纷'],
    ['【上司村三组周报】 title', '【翁台村五组周报】\n排查户数：48\n零报告'],
    ['a first line naming grid and 周报', '翁台村五组周报\n排查户数：48\n本周无纠纷'],
    ['emoji and an @mention before it', '@网格助手 📋【周报】网格：翁台村五组 排查户数：48 本周无矛盾纠纷'],
  ])('reads the header %s', (_name, text) => {
    const r = parseReport(text);
    expect(r.errors).toEqual([]);
    expect(r.report).toMatchObject({ grid: '翁台村五组', households: 48, nil: true, disputes: [] });
  });

  it.each([
    '这周的周报几号截止？',
    '@所有人 请大家本周五前报送周报',
    '收到',
    '请问宅基地上盖房子要去哪里办手续？',
    '明天下午三点网格员到村委会开会，带上走访台账',
    '周报 怎么写？',
    '本周排查情况怎么填',
    '',
  ])('says %j is not a report, on the field "header"', (text) => {
    expect(fields(text)).toEqual(['header']);
  });

  it('takes a headerless message with 网格 and 排查户数 as a report (CLI)', () => {
    const r = parseReport('网格：红光村六组\n走访户数：53\n本周无纠纷');
    expect(r.ok).toBe(true);
    expect(r.report).toMatchObject({ grid: '红光村六组', households: 53, nil: true });
  });

  // Issue 17's reading rule: a grid and a nil statement are plainly a report, so the missing
  // households are named, header or not; a bare "no disputes" is still no report.
  it('names the missing 排查户数 of a report without a header, and takes a bare nil line for no report', () => {
    const text = '网格：红光村六组\n本周无矛盾纠纷';
    expect(fields(text)).toEqual(['households']);
    expect(fields(text, { replyToReminder: true })).toEqual(['households']);
    expect(fields('本周无矛盾纠纷')).toEqual(['header']);
  });

  it('accepts a private reply to the reminder without a header', () => {
    const r = parseReport('网格:红光村六组 排查户数:53 零报告', { replyToReminder: true });
    expect(r.ok).toBe(true);
  });

  it('still says "header" for a reply to the reminder that carries nothing of a report', () => {
    expect(fields('好的，今晚发', { replyToReminder: true })).toEqual(['header']);
  });
});

describe('separators', () => {
  it.each([
    ['half-width colon and semicolons', '【周报】网格:甲乙村二组;排查户数:31;纠纷:1件;1.类型:邻里;当事人:罗某、潘某;事由:放牛踩了菜地;状态:已化解'],
    ['full-width colon and semicolons', '【周报】网格：甲乙村二组；排查户数：31；纠纷：1件；1.类型：邻里；当事人：罗某、潘某；事由：放牛踩了菜地；状态：已化解'],
    ['equals signs and commas', '【周报】网格=甲乙村二组,排查户数=31,纠纷=1件,1.类型=邻里,当事人=罗某,潘某,事由=放牛踩了菜地,状态=已化解'],
    ['full-width commas and 。', '【周报】网格：甲乙村二组，排查户数：31。纠纷：1件。1.类型：邻里，当事人：罗某、潘某，事由：放牛踩了菜地。状态：已化解'],
    ['spaces only', '【周报】\n网格 甲乙村二组\n排查户数 31\n纠纷 1件\n1 类型 邻里 当事人 罗某、潘某 事由 放牛踩了菜地 状态 已化解'],
    [
      'spaces around every colon',
      '【周报】\n网格 : 甲乙村二组\n排查户数 ： 31\n纠纷 ： 1件\n1 、 类型 ： 邻里 ； 当事人 ： 罗某 、 潘某 ； 事由 ： 放牛踩了菜地 ； 状态 ： 已化解',
    ],
    ['one field per line', '【周报】\n网格：甲乙村二组\n排查户数：31\n纠纷：1件\n类型：邻里\n当事人：罗某、潘某\n事由：放牛踩了菜地\n状态：已化解'],
    ['a mistyped ；in place of the colon', '【周报】\n网格；甲乙村二组\n排查户数，31\n纠纷：1件\n类型：邻里；当事人：罗某、潘某；事由：放牛踩了菜地；状态：已化解'],
    ['CR LF line ends', '【周报】\r\n网格：甲乙村二组\r\n排查户数：31\r\n纠纷：1件\r\n类型：邻里；当事人：罗某、潘某；事由：放牛踩了菜地；状态：已化解'],
  ])('reads %s', (_name, text) => {
    const r = parseReport(text);
    expect(r.errors).toEqual([]);
    expect(r.report.grid).toBe('甲乙村二组');
    expect(r.report.households).toBe(31);
    expect(r.report.disputes).toEqual([{ category: 'neighbor', parties: ['罗某', '潘某'], summary: '放牛踩了菜地', status: 'resolved', risks: [], method: null }]);
  });

  it.each([
    ['、', '杨某某、吴某', ['杨某某', '吴某']],
    ['，', '杨某某，吴某', ['杨某某', '吴某']],
    ['和', '杨某某和吴某', ['杨某某', '吴某']],
    ['与', '杨某某与其子杨某', ['杨某某', '其子杨某']],
    ['a place name with 和 in it', '和平村七组与甲乙村二组部分村民', ['和平村七组', '甲乙村二组部分村民']],
  ])('splits parties on %s', (_name, value, parties) => {
    expect(only(withDispute(`类型：赡养；当事人：${value}；事由：老人生活费分摊`)).parties).toEqual(parties);
  });

  it('keeps commas inside 事由 in the summary', () => {
    const d = only(withDispute('类型：借贷；当事人：莫某、韦某；事由：借款3万元，约定年底还，至今未还，多次催要无果'));
    expect(d.summary).toBe('借款3万元，约定年底还，至今未还，多次催要无果');
  });

  it('keeps a summary that runs onto the next line', () => {
    const d = only(withDispute('类型：邻里；当事人：莫某、韦某；事由：莫某家新修猪圈\n紧挨韦某家水井；状态：调解中'));
    expect(d.summary).toBe('莫某家新修猪圈 紧挨韦某家水井');
    expect(d.status).toBe('in_progress');
  });
});

describe('numbers', () => {
  it.each([
    ['72', 72],
    ['72户', 72],
    ['７２', 72],
    ['７２户', 72],
    ['七十二', 72],
    ['七十二户', 72],
    ['一百零五户', 105],
    ['约80户', 80],
    ['大约九十户', 90],
    ['84户（含外出务工21户）', 84],
    ['共86户', 86],
  ])('reads households written %s', (value, n) => {
    const r = parseReport(`【周报】网格：里腊村二组 排查户数：${value} 本周无矛盾纠纷`);
    expect(r.errors).toEqual([]);
    expect(r.report.households).toBe(n);
  });

  it.each(['若干', '很多户', '不清楚'])('rejects households written %s', (value) => {
    expect(fields(`【周报】\n网格：里腊村二组\n排查户数：${value}\n本周无矛盾纠纷`)).toEqual(['households']);
  });

  it.each([
    ['2件', true],
    ['2起', true],
    ['两件', true],
    ['两起', true],
    ['２件', true],
    ['二', true],
    ['3件', false],
    ['一起', false],
  ])('checks the count 纠纷:%s against two listed disputes', (value, matches) => {
    const two = '1.类型：邻里；当事人：甲某；事由：吵架\n2.类型：经济；当事人：乙某；事由：欠款';
    const r = parseReport(`【周报】\n网格：里腊村二组\n排查户数：40\n纠纷：${value}\n${two}`);
    expect(r.report.disputes).toHaveLength(2);
    expect(r.errors.map((e) => e.field)).toEqual(matches ? [] : ['count']);
  });

  it('folds full-width digits in the grid name', () => {
    expect(parseReport('【周报】网格：上司村８组 排查户数：５２ 零报告').report.grid).toBe('上司村8组');
  });
});

describe('list markers', () => {
  it.each([
    ['1. and 2.', '1. ', '2. '],
    ['1、', '1、', '2、'],
    ['(1)', '(1)', '(2)'],
    ['（1）', '（1）', '（2）'],
    ['①', '①', '②'],
    ['一、', '一、', '二、'],
    ['第一件', '第一件 ', '第二件 '],
    ['第1起：', '第1起：', '第2起：'],
    ['full-width １．', '１．', '２．'],
    ['1)', '1)', '2)'],
    ['none, blank lines between', '', '\n'],
    ['none, one after the other', '', ''],
  ])('separates two disputes with %s', (_name, a, b) => {
    const text = `【周报】\n网格：新民村三组\n排查户数：75\n纠纷：2件\n${a}类型：婚恋；当事人：吴某、陆某；事由：分手后要回彩礼；状态：化解中\n${b}类型：林权；当事人：潘某、蒙某；事由：界山林木被砍；状态：已上报`;
    const r = parseReport(text);
    expect(r.errors).toEqual([]);
    expect(r.report.disputes.map((d) => [d.category, d.status])).toEqual([
      ['family', 'in_progress'],
      ['land', 'escalated'],
    ]);
  });

  it('reads disputes written across lines under 一、二、', () => {
    const text = [
      '周报：',
      '网格名称：排正村二组',
      '排查户数：九十一',
      '纠纷：两件',
      '一、纠纷类型：宅基地',
      '涉及人员：吴某某、吴某',
      '简要情况：兄弟建房占了对方的滴水',
      '化解情况：化解中',
      '二、纠纷类型：欠薪',
      '涉及人员：罗某等3人、包工头李某',
      '简要情况：砌墙工钱没结清',
      '化解情况：已调解',
    ].join('\n');
    const r = parseReport(text);
    expect(r.errors).toEqual([]);
    expect(r.report.disputes.map((d) => [d.category, d.status])).toEqual([
      ['land', 'in_progress'],
      ['economic', 'resolved'],
    ]);
  });

  it('does not split one dispute whose fields are numbered 1. 2. 3.', () => {
    const r = parseReport('【周报】\n网格：新民村三组\n排查户数：75\n纠纷：1件\n1.类型：邻里\n2.当事人：甲某、乙某\n3.事由：鸡吃了菜\n4.状态：已化解');
    expect(r.errors).toEqual([]);
    expect(r.report.disputes[0]).toMatchObject({ category: 'neighbor', summary: '鸡吃了菜', status: 'resolved' });
  });

  it('reads a numbered dispute written as a sentence with its category up front', () => {
    const r = parseReport('【周报】\n网格：新民村三组\n排查户数：75\n纠纷：1件\n1、土地纠纷，杨某与王某地界不清，调解中');
    expect(r.errors).toEqual([]);
    expect(r.report.disputes[0]).toMatchObject({ category: 'land', summary: '杨某与王某地界不清，调解中', status: 'in_progress' });
  });

  it('ignores numbered section headings', () => {
    const r = parseReport('【周报】\n一、基本情况\n网格：新民村三组\n排查户数：75\n二、纠纷情况\n本周无矛盾纠纷');
    expect(r.errors).toEqual([]);
    expect(r.report.nil).toBe(true);
  });
});

describe('key synonyms', () => {
  it.each([
    ['网格', '走访户数'],
    ['所在网格', '排查户数'],
    ['网格名称', '走访'],
    ['网格', '排查'],
  ])('reads %s and %s', (gridKey, householdsKey) => {
    const r = parseReport(`【周报】${gridKey}：黄后村二组，${householdsKey}：58，本周无矛盾纠纷`);
    expect(r.errors).toEqual([]);
    expect(r.report).toMatchObject({ grid: '黄后村二组', households: 58 });
  });

  it.each([
    ['类型', '当事人', '事由', '状态', '风险', '方式'],
    ['类别', '双方', '简要情况', '进展', '隐患', '化解方式'],
    ['纠纷类型', '涉及人员', '情况', '化解情况', '风险等级', '方式'],
    ['类型', '当事人', '内容', '状态', '风险', '方式'],
    ['类型', '当事人', '原因', '状态', '风险', '方式'],
  ])('reads dispute keys %s %s %s %s %s %s', (cat, parties, summary, status, risk, method) => {
    const d = only(withDispute(`${cat}：相邻；${parties}：韦某、蒙某；${summary}：屋檐水滴到邻家院坝；${status}：已化解；${risk}：无；${method}：村调委会调解`));
    expect(d).toEqual({
      category: 'neighbor',
      parties: ['韦某', '蒙某'],
      summary: '屋檐水滴到邻家院坝',
      status: 'resolved',
      risks: [],
      method: '村调委会调解',
    });
  });

  it('does not take a 网格员 signature for the grid', () => {
    expect(fields('【周报】\n网格员：罗某某\n排查户数：60\n本周无矛盾纠纷')).toEqual(['grid']);
  });

  it('ignores signatures, phone numbers and dates at the end', () => {
    const r = parseReport(withDispute('类型：邻里；当事人：甲某、乙某；事由：争水；状态：已化解；风险：无\n报送人：罗某 电话：13800000000\n2024年11月20日'));
    expect(r.errors).toEqual([]);
    expect(r.report.disputes[0]).toMatchObject({ status: 'resolved', risks: [] });
  });
});

describe('categories', () => {
  it.each([
    ['家庭婚恋', 'family'],
    ['婚姻', 'family'],
    ['家庭', 'family'],
    ['婚恋', 'family'],
    ['离婚', 'family'],
    ['赡养', 'family'],
    ['抚养', 'family'],
    ['彩礼', 'family'],
    ['家暴', 'family'],
    ['夫妻', 'family'],
    ['婆媳', 'family'],
    ['邻里', 'neighbor'],
    ['邻居', 'neighbor'],
    ['相邻', 'neighbor'],
    ['邻里纠纷', 'neighbor'],
    ['山林土地水事', 'land'],
    ['山林', 'land'],
    ['林地', 'land'],
    ['林权', 'land'],
    ['土地', 'land'],
    ['承包地', 'land'],
    ['宅基地', 'land'],
    ['地界', 'land'],
    ['水事', 'land'],
    ['用水', 'land'],
    ['灌溉', 'land'],
    ['山界', 'land'],
    ['经济', 'economic'],
    ['借贷', 'economic'],
    ['借款', 'economic'],
    ['欠款', 'economic'],
    ['债务', 'economic'],
    ['劳资', 'economic'],
    ['欠薪', 'economic'],
    ['工钱', 'economic'],
    ['合同', 'economic'],
    ['买卖', 'economic'],
    ['其他', 'other'],
    ['其它', 'other'],
    ['交通事故', 'other'],
  ])('reads 类型:%s as %s', (word, category) => {
    expect(only(withDispute(`类型：${word}；当事人：甲某；事由：具体经过`)).category).toBe(category);
  });
});

describe('statuses', () => {
  it.each([
    ['待化解', 'pending'],
    ['未化解', 'pending'],
    ['新发现', 'pending'],
    ['待处理', 'pending'],
    ['排查出', 'pending'],
    ['未处理', 'pending'],
    ['尚未化解', 'pending'],
    ['还没解决', 'pending'],
    ['化解中', 'in_progress'],
    ['正在化解', 'in_progress'],
    ['调解中', 'in_progress'],
    ['处理中', 'in_progress'],
    ['跟进中', 'in_progress'],
    ['正在调解中', 'in_progress'],
    ['已化解', 'resolved'],
    ['化解', 'resolved'],
    ['已调解', 'resolved'],
    ['调解成功', 'resolved'],
    ['已解决', 'resolved'],
    ['结案', 'resolved'],
    ['已和解', 'resolved'],
    ['双方达成协议', 'resolved'],
    ['已移交', 'escalated'],
    ['移交', 'escalated'],
    ['上交', 'escalated'],
    ['转派出所', 'escalated'],
    ['已转法庭', 'escalated'],
    ['转司法所', 'escalated'],
    ['已上报', 'escalated'],
    ['已移交劳动监察', 'escalated'],
  ])('reads 状态:%s as %s', (word, status) => {
    expect(only(withDispute(`类型：邻里；当事人：甲某；事由：争水；状态：${word}`)).status).toBe(status);
  });

  it.each([
    ['已化解，持续跟进回访', 'resolved'],
    ['未化解，已上报镇综治中心', 'escalated'],
    ['还没化解，正在做工作', 'in_progress'],
    ['还没化解', 'pending'],
    ['派出所民警参与调解，已化解', 'resolved'],
    ['已报告派出所', 'escalated'],
    ['调解未成功', 'pending'],
  ])('reads the status sentence %s as %s', (value, status) => {
    expect(only(withDispute(`类型：邻里；当事人：甲某；事由：争水；状态：${value}`)).status).toBe(status);
  });

  it('reads a dispute without a status as pending', () => {
    expect(only(withDispute('类型：邻里；当事人：甲某；事由：争水')).status).toBe('pending');
  });

  it('takes 化解情况 as the status key, not 情况 as the summary', () => {
    const d = only(withDispute('类型：邻里；当事人：甲某；事由：争水；化解情况：未化解'));
    expect(d).toMatchObject({ summary: '争水', status: 'pending' });
  });
});

describe('risks', () => {
  it.each([
    ['命案风险', ['homicide']],
    ['可能出人命', ['homicide']],
    ['扬言杀人', ['homicide']],
    ['曾持刀威胁', ['homicide']],
    ['动刀', ['homicide']],
    ['群体性事件', ['mass_incident']],
    ['有围堵村委会苗头', ['mass_incident']],
    ['多人聚集', ['mass_incident']],
    ['扬言上访', ['petition']],
    ['要去县里告', ['petition']],
    ['扬言进京', ['petition']],
    ['到县信访局信访', ['petition']],
    ['扬言自杀', ['other']],
    ['情绪极端', ['other']],
    ['两家积怨很深', ['other']],
    ['扬言自杀、扬言上访', ['other', 'petition']],
    ['扬言杀人，扬言上访', ['homicide', 'petition']],
    ['无', []],
    ['没有', []],
    ['暂无', []],
    ['低', []],
    ['风险较低', []],
    ['一般', []],
    ['无上访风险', []],
  ])('reads 风险:%s', (value, risks) => {
    expect(only(withDispute(`类型：邻里；当事人：甲某；事由：争水；风险：${value}`)).risks).toEqual(risks);
  });

  it('reads 隐患 and 风险等级 as the risk key', () => {
    expect(only(withDispute('类型：邻里；当事人：甲某；事由：争水；隐患：扬言上访')).risks).toEqual(['petition']);
    expect(only(withDispute('类型：邻里；当事人：甲某；事由：争水；风险等级：低')).risks).toEqual([]);
  });

  it('does not read risk words in the summary as risks', () => {
    expect(only(withDispute('类型：邻里；当事人：甲某；事由：甲某扬言上访；风险：无')).risks).toEqual([]);
  });
});

describe('readings where the contract is silent', () => {
  it.each([
    '本周无矛盾纠纷',
    '无纠纷',
    '零报告',
    '纠纷：无',
    '纠纷：0件',
    '纠纷：０',
    '本周没有矛盾纠纷',
    '本周未发现矛盾纠纷',
    '本周辖区平安稳定，未发现矛盾纠纷。',
    '纠纷情况：本周未排查出矛盾纠纷',
    '矛盾纠纷：没有',
  ])('reads %j as a nil report', (statement) => {
    const r = parseReport(`【周报】\n网格：下司村五组\n排查户数：47\n${statement}`);
    expect(r.errors).toEqual([]);
    expect(r.report.nil).toBe(true);
  });

  it('does not read 本周无法入户 as nil', () => {
    const r = parseReport('【周报】\n网格：下司村五组\n排查户数：47\n本周无法入户3户');
    expect(r.report.nil).toBe(false);
    expect(r.errors.map((e) => e.field)).toEqual(['disputes']);
  });

  it('flags a nil statement next to listed disputes on "count"', () => {
    expect(fields(`${withDispute('类型：邻里；当事人：甲某；事由：争水')}\n本周无矛盾纠纷`)).toContain('count');
    expect(fields('【周报】网格：下司村五组；排查户数：47；纠纷：无；1.类型：邻里；当事人：甲某；事由：争水')).toEqual(['count']);
  });

  it('keeps a nil-sounding line under a dispute in that dispute, and 其余无纠纷 is no nil report', () => {
    const inSummary = parseReport(withDispute('类型：邻里；当事人：甲某；事由：两家争水\n目前双方已无纠纷'));
    expect(inSummary.errors).toEqual([]);
    expect(inSummary.report.nil).toBe(false);
    const nothingElse = parseReport(`${withDispute('类型：邻里；当事人：甲某；事由：两家争水')}\n\n除此之外本周无其他矛盾纠纷`);
    expect(nothingElse.errors).toEqual([]);
  });

  it('reads a single dispute without a marker or a count line', () => {
    const d = only('【周报】\n网格：下司村五组\n排查户数：47\n类型：借款；当事人：甲某、乙某；事由：借钱不还');
    expect(d.category).toBe('economic');
  });

  it('reads 纠纷情况 inside a dispute as its summary', () => {
    const d = only(withDispute('类型：邻里；纠纷双方：甲某、乙某；纠纷情况：两家争水源；状态：已化解'));
    expect(d).toMatchObject({ parties: ['甲某', '乙某'], summary: '两家争水源', status: 'resolved' });
  });

  it('reads a sentence right after 纠纷:1件 as the dispute', () => {
    const ok = parseReport('【周报】\n网格：新民村六组\n排查户数：38\n纠纷：1件\n邻里纠纷：张某与李某因排水吵架，已化解');
    expect(ok.errors).toEqual([]);
    expect(ok.report.disputes[0]).toMatchObject({ category: 'neighbor', status: 'resolved' });
    // Issue 17: with no 类型, the category is read from the story (宅基地 → land) …
    const fromStory = parseReport('【周报】\n网格：新民村六组\n排查户数：38\n纠纷：1件\n张某与李某因宅基地吵架，已化解');
    expect(fromStory.report.disputes.map((d) => [d.category, d.status])).toEqual([['land', 'resolved']]);
    // … and a story that names no category word is still asked for it.
    const noType = parseReport('【周报】\n网格：新民村六组\n排查户数：38\n纠纷：1件\n张某与李某吵了几句，已化解');
    expect(noType.errors.map((e) => e.field)).toEqual(['category']);
  });

  it('splits fields on a space only before a key', () => {
    const d = only(withDispute('类型：邻里 当事人：甲某 乙某 事由：两家 为了 一棵树 吵架 状态：已化解'));
    expect(d).toMatchObject({ parties: ['甲某', '乙某'], summary: '两家 为了 一棵树 吵架', status: 'resolved' });
  });

  it('reads a grid glued to the next key', () => {
    const r = parseReport('【周报】\n网格:上司村三组排查户数:80本周无矛盾纠纷');
    expect(r.errors).toEqual([]);
    expect(r.report).toMatchObject({ grid: '上司村三组', households: 80, nil: true });
  });

  it('reads households written as a sentence', () => {
    const r = parseReport('本周排查情况：网格：上司村三组，本周共走访农户72户，未发现矛盾纠纷。');
    expect(r.errors).toEqual([]);
    expect(r.report).toMatchObject({ grid: '上司村三组', households: 72, nil: true });
  });

  it('strips emoji from values', () => {
    const r = parseReport('📋【周报】\n📍网格：上司村三组\n🏠排查户数：80户\n1.类型：邻里🏠；当事人：张某；事由：吵架😡；状态：已化解✅');
    expect(r.errors).toEqual([]);
    expect(r.report.disputes[0]).toMatchObject({ category: 'neighbor', summary: '吵架', status: 'resolved' });
  });
});

describe('errors', () => {
  it.each([
    ['no grid', '【周报】\n排查户数：60\n本周无矛盾纠纷', ['grid']],
    ['an empty grid', '【周报】\n网格：\n排查户数：60\n本周无矛盾纠纷', ['grid']],
    ['no households', '【周报】\n网格：红光村三组\n本周无矛盾纠纷', ['households']],
    ['households without a number', '【周报】\n网格：红光村三组\n排查户数：若干\n零报告', ['households']],
    ['neither nil nor a dispute', '【周报】\n网格：红光村三组\n排查户数：60', ['disputes']],
    ['a count that does not match', withDispute('类型：邻里；当事人：甲某；事由：争水').replace('1件', '3件'), ['count']],
    ['a count with no disputes listed', '【周报】\n网格：红光村三组\n排查户数：60\n纠纷：2件', ['count', 'disputes']],
    ['a dispute without 类型', withDispute('当事人：甲某、乙某；事由：两家小孩打架'), ['category']],
    ['a dispute without 事由', withDispute('类型：山林；当事人：甲某、乙某；状态：化解中'), ['summary']],
    ['an empty 类型', withDispute('类型：；当事人：甲某；事由：争水'), ['category']],
  ])('reports %s', (_name, text, expected) => {
    const r = parseReport(text);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.field)).toEqual(expected);
  });

  it('names the dispute and shows the expected form', () => {
    const text = '【周报】\n网格：红光村三组\n排查户数：60\n纠纷：2件\n1.类型：邻里；当事人：甲某；事由：争水\n2.当事人：乙某；事由：欠款';
    const r = parseReport(text);
    expect(r.errors).toEqual([{ dispute: 2, field: 'category', message: expect.stringContaining('第2件纠纷缺少"类型"，请写成：类型:邻里') }]);
  });

  it('keeps what it read in the report when there are errors', () => {
    const r = parseReport(withDispute('当事人：甲某、乙某；事由：两家小孩打架'));
    expect(r.report).toMatchObject({ grid: '拉然村四组', households: 66, disputes: [{ category: null, summary: '两家小孩打架' }] });
  });
});

describe('parseDisputeLine', () => {
  it('reads the daily #纠纷 command', () => {
    const r = parseDisputeLine('类型:邻里 当事人:张某、李某 事由:排水沟堵塞，两家争吵 状态:调解中 风险:扬言上访');
    expect(r).toEqual({
      ok: true,
      dispute: {
        category: 'neighbor',
        parties: ['张某', '李某'],
        summary: '排水沟堵塞，两家争吵',
        status: 'in_progress',
        risks: ['petition'],
        method: null,
      },
      errors: [],
    });
  });

  it('accepts the text with the command word still on it', () => {
    expect(parseDisputeLine('#纠纷 类型：经济；当事人：甲某；事由：欠款').dispute.category).toBe('economic');
  });

  it.each([
    ['当事人:张某 事由:吵架', ['category']],
    ['类型:邻里 当事人:张某', ['summary']],
    ['', ['category', 'summary']],
  ])('reports the missing fields of %j', (text, expected) => {
    const r = parseDisputeLine(text);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.field)).toEqual(expected);
  });
});

describe('templates and vocabulary', () => {
  it.each([
    ['the full template', REPORT_TEMPLATE],
    ['the nil example', NIL_REPORT_EXAMPLE],
    ...REMINDER_SHORT_FORM.split('\n').map((line) => ['a reminder line', line] as [string, string]),
  ])('parses %s cleanly', (_name, text) => {
    expect(parseReport(text, { replyToReminder: true }).errors).toEqual([]);
  });

  it('parses the #纠纷 template', () => {
    expect(parseDisputeLine(DISPUTE_LINE_TEMPLATE).ok).toBe(true);
  });

  it('lets a township add a word without touching the logic', () => {
    const vocab = {
      ...defaultVocabulary,
      categories: { ...defaultVocabulary.categories, land: [...defaultVocabulary.categories.land, '茶园'] },
    };
    const text = withDispute('类型：茶园；当事人：甲某；事由：茶园边界');
    expect(parseReport(text).report.disputes[0]?.category).toBe('other');
    expect(createReportParser(vocab)(text).report.disputes[0]?.category).toBe('land');
  });
});
