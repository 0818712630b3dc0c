import type { RiskPhraseWords } from './risk-phrases.js';
import { riskPhraseWords } from './risk-phrase-words.js';
import { spokenVocabulary, type SpokenVocabulary } from './spoken-vocabulary.js';
import { ESCALATION_BODIES, STATUS_NEGATORS, STATUS_SAID } from '../ledger/words.js';
import type { Category, Risk, Status } from './types.js';

/**
 * The words grid workers use in weekly reports, as data. A township extends these tables (more key
 * synonyms, local category words …) and passes its copy to createReportParser; the logic never
 * names a word. All matching is longest first, so 简要情况 wins over 情况 and 未化解 over 化解.
 * Words are written in half-width form: the parser folds full-width ：；，（）＃ before matching.
 */
// Farm poisons by name, swallowed: 喝敌敌畏 as 喝农药 (投老鼠药 to someone else is the danger recogniser's).
const SWALLOWED_POISONS = ['喝', '吃', '吞'].flatMap((v) => ['敌敌畏', '百草枯', '老鼠药', '除草剂', '耗子药'].map((p) => v + p));

export type FieldKey =
  | 'grid' | 'households' | 'count' | 'note' | 'ignore'
  | 'category' | 'parties' | 'summary' | 'status' | 'risks' | 'method';

export interface Vocabulary {
  /** Words that make a title a report header: 【周报】 [周报] #周报 周报: and 【上司村三组周报】. */
  headerWords: string[];
  /** Whole phrases that open a report on their own, such as 本周排查情况. */
  headerPhrases: string[];
  /** Greetings that may come before the header: 大家好，上司村五组这周的周报：… */
  greetings: string[];
  /** Field keys. note = report-wide remarks (read for 无纠纷); ignore = kept out of every field. */
  keys: Record<FieldKey, string[]>;
  /** Keys that are also everyday words, so only ':' or '=' (never a space) makes them keys. */
  colonOnlyKeys: string[];
  /** Signature words: a line such as 网格员:某某 or 报送人：… is nobody's field, least of all 网格. */
  signatureWords: string[];
  /** Regex sources (no flags, unicode) of list markers that open a dispute: 1. 1、 (1) ① 一、 第一件. */
  listMarkers: string[];
  categories: Record<Category, string[]>;
  statuses: Record<Status, string[]>;
  /** Written before a status word, these turn it back into pending: 还没化解, 未结案. */
  statusNegators: string[];
  /** A status that names no step but another body (交派出所处理) reads as escalated. */
  escalationBodies: string[];
  risks: Record<Risk, string[]>;
  /**
   * Risk words that are everyday words in a dispute's story (两家小孩打架, 材料堵路, 集体土地): they flag
   * a risk only under a 风险 key. Every other risk word flags its risk wherever the dispute says it,
   * because a worker who writes 扬言要拿刀砍人 in the story rarely adds a 风险 line as well.
   */
  everydayRiskWords: string[];
  /** Risks said as verb and object: a crowd's blockade (十几户把施工的路堵了), a killing (把他挖死). */
  riskPhrases: RiskPhraseWords;
  /** A risk value starting with one of these means no risk: 无, 没有, 低, 一般. */
  riskNone: string[];
  /** Written right before a risk word, these cancel it: 无上访风险, 排除命案风险. */
  riskNegators: string[];
  /** Nil statements: negator + optional modifier + object (本周未发现矛盾纠纷), or a standalone word. */
  nil: {
    negators: string[]; modifiers: string[]; objects: string[]; standalone: string[]; leadIns: string[];
    /**
     * A whole piece that just says "none" (…排查56户，无 / 本周平安无事), after any lead-in. It reads as
     * a nil report only beside a grid or a households count, so a lone 无 (or 祝您平安无事) in a
     * private chat is not taken for a report.
     */
    bare: string[];
    /** 其余无纠纷 under a listed dispute means "nothing else": not a nil report. */
    except: string[];
  };
  /** Endings of section headings (一、基本情况 / 二、纠纷情况): a numbered line like that is no dispute. */
  sectionHeadingEndings: string[];
  /** Words between 和/与 that are not a split between two parties (和平村 is one place). */
  partyJoinExceptions: string[];
  /** Reports said in one line or by voice, without keys (spoken-vocabulary.ts). */
  spoken: SpokenVocabulary;
}

export const defaultVocabulary: Vocabulary = {
  headerWords: ['周报', '週報', '周报告'],
  headerPhrases: [
    '本周排查情况', '本周矛盾纠纷排查情况', '矛盾纠纷排查情况', '本周纠纷排查情况', '矛盾纠纷排查周报',
  ],
  greetings: ['大家好', '各位好', '各位领导好', '领导好', '各位同事好', '您好', '你好', '领导们好'],
  keys: {
    grid: ['网格', '所在网格', '网格名称', '网格名', '所属网格', '网格单元', '网格编号', '网格号'],
    households: [
      '排查户数', '走访户数', '排查', '走访', '入户户数', '户数', '走访农户', '排查农户', '入户走访', '走访群众',
      '排查群众', '走访家庭', '排查家庭',
      '走访入户', '本周排查户数', '本周走访户数', '本周排查', '本周走访', '排查户', '走访户', '入户',
    ],
    count: [
      '纠纷', '矛盾纠纷', '纠纷数', '纠纷件数', '纠纷数量', '纠纷总数', '矛盾纠纷数', '本周纠纷',
      '发现纠纷', '排查纠纷', '纠纷情况', '矛盾纠纷情况', '排查出纠纷', '本周矛盾纠纷', '发现矛盾纠纷', '排查矛盾纠纷',
      '排查出矛盾纠纷', '矛盾纠纷件数',
    ],
    note: ['备注', '说明', '排查情况', '本周情况', '总体情况', '其他情况', '情况说明'],
    ignore: ['发生时间', '发生地点', '地点', '涉及金额', '金额', '涉及人数', '人数', '时间', '日期'],
    category: ['类型', '类别', '纠纷类型', '纠纷类别', '分类', '种类', '纠纷种类'],
    parties: [
      '当事人', '双方', '涉及人员', '双方当事人', '当事双方', '涉及人', '当事方', '相关人员', '涉事人员', '纠纷双方',
      '矛盾双方', '当事人员', '当事人姓名',
    ],
    summary: [
      '事由', '简要情况', '情况', '内容', '原因', '纠纷事由', '基本情况', '具体情况', '主要情况',
      '纠纷内容', '简况', '概况', '事情经过', '经过', '简要事由', '纠纷原因', '问题', '案情', '基本案情', '简要案情',
      '纠纷简况', '矛盾原因',
    ],
    status: [
      '状态', '进展', '化解情况', '化解状态', '处理情况', '处理状态', '办理情况', '调处情况', '调解情况',
      '处理结果', '化解结果', '调解结果', '结果', '进度', '目前状态', '当前状态', '目前进展',
    ],
    risks: ['风险', '隐患', '风险等级', '风险隐患', '风险点', '风险研判', '风险情况', '安全隐患'],
    method: ['方式', '化解方式', '调解方式', '处理方式', '化解方法', '处理措施', '化解措施', '措施', '调处方式'],
  },
  colonOnlyKeys: [
    '排查', '走访', '入户', '情况', '内容', '原因', '双方', '结果', '进展', '进度', '说明', '经过', '问题',
    '措施', '时间', '日期', '地点', '金额', '人数', '分类', '种类', '备注', '简况', '概况',
  ],
  signatureWords: [
    '网格员', '网格长', '报送人', '填报人', '上报人', '报告人', '联系人', '签字', '签名', '审核人', '审核',
    '联系电话', '电话', '手机', '填报日期', '报送日期', '填报时间', '报送时间', '报送单位', '填报单位',
  ],
  listMarkers: [
    '[(]\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[)]',
    '\\d{1,2}\\s*[.、)](?![\\d.])',
    '[\\u2460-\\u2473\\u2474-\\u2487\\u2488-\\u249B\\u2776-\\u277F\\u2780-\\u2789]',
    '\\d\\uFE0F?\\u20E3',
    '[一二三四五六七八九十]{1,3}\\s*[、.]',
    '第\\s*(?:\\d{1,2}|[一二三四五六七八九十两]{1,3})\\s*(?:[件起个宗条例](?:矛盾纠纷|纠纷)?\\s*[:、.]?|[:、.])',
    '(?:矛盾纠纷|纠纷|案件|事项)\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[:、.]',
    '[-•·●○◆◇■□▪▶►*]+(?![\\d.])',
  ],
  categories: {
    family: [
      '家庭婚恋', '婚姻家庭', '婚姻', '家庭', '婚恋', '离婚', '赡养', '抚养', '彩礼', '家暴', '夫妻', '婆媳',
      '恋爱', '分家', '继承', '遗产', '父子', '母子', '兄弟', '姐妹', '子女', '家事', '婚约', '订婚', '退婚',
      '悔婚', '同居', '家庭暴力', '抚养费', '赡养费', '养老', '监护',
      // Said in a story rather than written as a type: 闹离婚, 打老婆, 分家产.
      '家产', '打老婆', '媳妇', '儿媳', '娘家', '婆家', '前夫', '前妻',
    ],
    neighbor: ['邻里', '邻居', '相邻', '相邻关系', '邻里关系', '通行', '排水', '滴水', '采光', '噪音'],
    land: [
      '山林土地水事', '山林', '林地', '林权', '土地', '承包地', '宅基地', '地界', '水事', '用水', '灌溉', '山界',
      '林木', '田土', '田地', '耕地', '界址', '征地', '坟地', '坟山', '水源', '水利', '水渠', '放水', '田界',
      '林界', '荒山', '土地流转', '山地', '地块', '界桩', '山场',
      '田坎', '地边', '界线', '占地', '砍树', '庄稼地', '自留地',
    ],
    economic: [
      '经济', '借贷', '借款', '欠款', '债务', '劳资', '欠薪', '工钱', '合同', '买卖', '工资', '劳务', '货款',
      '租金', '租赁', '合伙', '欠账', '民间借贷', '讨薪', '工程款', '钱款', '拖欠', '工伤', '雇佣', '劳动报酬',
      '劳动争议', '劳动',
      '借钱', '欠钱', '还钱', '包工头', '装修款', '赊账', '讨薪',
    ],
    other: ['其他', '其它', '别的'],
  },
  statuses: {
    pending: [...STATUS_SAID.pending], in_progress: [...STATUS_SAID.in_progress],
    resolved: [...STATUS_SAID.resolved], escalated: [...STATUS_SAID.escalated],
  },
  statusNegators: [...STATUS_NEGATORS],
  escalationBodies: [...ESCALATION_BODIES],
  risks: {
    homicide: [
      '命案风险', '命案', '可能出人命', '出人命', '扬言杀人', '杀人', '持刀', '动刀', '拿刀', '砍人', '行凶',
      '同归于尽', '要人命', '弄死', '投毒', '扬言报复杀人',
      // A threat to kill (扬言要打死对方); 把狗打死了 is no threat, so only with 要.
      '要打死', '要砍死', '要捅死', '要整死', '要搞死',
      // Said in a story: 要劈死他, 拿命来偿, 要杀了对方.
      '要劈死', '劈死', '打死他', '砍死他', '拿命', '偿命', '要杀', '要他的命', '要他命',
      // Someone's life called a dog's, said only to threaten it: 要他的狗命, 取你狗命.
      '狗命',
      // A fight to the death promised: 谁敢砍树就跟谁拼命 (拼命干活 alone is no threat).
      '跟他拼命', '跟你拼命', '跟谁拼命', '和他拼命', '和你拼命', '跟他们拼命', '同他拼命', '你死我活', '拼个死活',
      // The same said short: 拿锄头跟他拼了.
      '跟他拼了', '跟你拼了', '跟谁拼了', '和他拼了', '和你拼了', '跟他们拼了', '跟他拼到底',
      // Carried out rather than walking: 让他躺着出去, 叫你横着出这个门.
      '躺着出去', '横着出去', '抬着出去', '躺着出这个门', '横着出这个门',
      // A blade got ready: 磨了把刀说要找他算账.
      '磨刀', '磨了把刀', '磨把刀', '磨了刀',
    ],
    mass_incident: [
      '群体性事件', '群体性', '群体', '聚集', '多人', '围堵', '聚众', '集体', '堵路', '拦路', '封路', '堵门', '抱团',
      // A crowd going somewhere: 几十个工人说要集体去县政府.
      '集体去', '集体到', '几十人', '几十个人', '数十人', '上百人',
      // Going to block a road, or a crowd counted in words: 要去堵路, 约了十几个人.
      '去堵路', '要堵路', '去堵', '十几个人', '二十几个人', '一帮人', '约人',
      // A crowd's protest at a government gate: 去镇政府门口要说法, 拉横幅, 静坐.
      '去政府门口', '到政府门口', '去镇政府门口', '到镇政府门口', '去县政府门口', '到县政府门口', '拉横幅', '打横幅',
      '举横幅', '静坐',
      // Two sides massed face to face: 叫了几十号人在地里对峙.
      '几十号人', '十几号人', '二十几号人', '对峙',
    ],
    petition: [
      '扬言上访', '上访', '信访', '要去县里告', '去县里告', '到县里告', '进京', '赴京', '赴省', '越级', '缠访',
      '闹访', '告状', '要去告', '上告', '12345',
      // "going to complain up there": 说要去北京告, 要到州里告.
      '去北京', '到北京', '上北京', '北京告', '省里告', '州里告', '市里告', '县里告', '镇里告', '上面告',
      '讨说法', '讨个说法', '找政府',
      // The hotlines and mailboxes complaints go to: 要打市长热线, 写到县长信箱.
      '市长热线', '市长信箱', '县长信箱', '省长信箱', '信访局',
      // Going over the town's head to complain: 要去市里找领导, 到县里反映.
      '找领导', '找大领导', '找上级', '去市里找', '去县里找', '去省里找', '到县里反映', '去县里反映', '到市里反映',
      '去市里反映', '联名',
      // Trouble made at an office: 天天去镇里闹.
      '去镇里闹', '到镇里闹', '去县里闹', '到县里闹', '去市里闹', '去政府闹', '到政府闹', '去镇上闹', '到镇上闹',
    ],
    other: [
      '扬言自杀', '自杀', '轻生', '极端', '过激', '自残', '寻短见', '喝农药', '跳河', '跳楼', '打架', '斗殴',
      '肢体冲突', '报复', '纵火', '放火', '闹事', '殴打', '伤人', '动手', '精神异常', '精神病', '情绪激动', '激化',
      '喝药', '上吊', '寻死', '不想活', '跳下去', '往下跳', '吊死在', '要吊死', '跳崖', '跳水库', '跳江',
      // A poison named as the one to be swallowed: 就喝敌敌畏, 吃老鼠药.
      ...SWALLOWED_POISONS,
      // Dying made a threat: 不给钱就去死, 死给你看, 死在他家门口.
      // Fire promised to a house: 一把火把他家猪圈烧了, 放把火.
      '一把火', '放把火', '点把火', '烧了他家', '烧他家', '烧了你家', '烧你家',
      '了结自己', '结束自己', '开煤气', '烧炭', '割腕', '安眠药', '就去死', '就死在', '死给你看', '死给他看', '死给他们看', '死在他家', '死在你家', '不活了', '活不下去', '一头撞死',
    ],
  },
  everydayRiskWords: [
    '群体', '多人', '集体', '抱团', '堵路', '拦路', '封路', '堵门', '投毒', '12345', '极端', '打架', '斗殴',
    '肢体冲突', '闹事', '殴打', '伤人', '动手', '精神异常', '精神病', '情绪激动', '激化', '过激',
    // 已找镇政府协调 is the normal way a dispute is handled, not a threat to petition.
    '找政府',
  ],
  riskPhrases: riskPhraseWords,
  riskNone: [
    '无', '没有', '没', '暂无', '否', '不存在', '低', '较低', '一般', '可控', '较小', '不大', '轻微', '正常',
    '稳定', '平稳', '/', '-', '—', '未发现', '排除',
  ],
  riskNegators: [
    '无', '没有', '暂无', '未发现', '不存在', '排除', '没', '无明显', '暂无明显', '没有明显', '不会', '不再',
  ],
  nil: {
    negators: [
      '无', '没有', '没', '未发现', '没发现', '没有发现', '未排查出', '未排查到', '没有排查出', '暂无', '未发生',
      '没有发生', '未出现', '没有出现', '暂未发现', '尚未发现', '均无', '未有',
      // Guizhou speech: 没得矛盾 (and its common typo 没的).
      '没得', '没的', '没得发现',
      // Sichuan/Guizhou speech: 莫得纠纷 is 没得纠纷.
      '莫得', '莫有',
      // Hunan and Cantonese speech: 冇得纠纷, 冇有矛盾.
      '冇得', '冇有', '冇',
    ],
    modifiers: ['任何', '新', '新的', '新增', '重大', '明显', '一起', '一件', '什么', '啥子', '啥', '哪样', '什么大的'],
    objects: ['矛盾纠纷', '纠纷', '矛盾', '纠纷隐患', '矛盾隐患', '矛盾和纠纷', '纠纷矛盾'],
    standalone: ['零报告', '零纠纷', '零上报', '无事项'],
    bare: ['无', '没有', '没得', '没', '暂无', '都没有', '啥都没有', '没得啥子', '平安无事', '相安无事', '太平无事'],
    // Words that may open a nil line under a dispute without making it part of that dispute.
    leadIns: ['本周', '这周', '本月', '本网格', '网格内', '辖区', '辖区内', '本组', '全组', '经排查'],
    except: ['其余', '其他', '另外', '此外', '除此之外', '除此以外', '别的', '以外', '之外'],
  },
  sectionHeadingEndings: ['情况', '概况', '汇总', '问题', '打算', '措施', '工作', '小结', '总结', '说明', '如下'],
  partyJoinExceptions: ['和平', '和睦', '和谐', '和好', '与否', '及时', '同村', '同组', '同意', '同事', '同学', '同时', '跟前'],
  spoken: spokenVocabulary,
};
