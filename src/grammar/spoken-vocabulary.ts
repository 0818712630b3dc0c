import { storyStepVocabulary, type StoryStepVocabulary } from './story-steps.js';
import { storyVocabulary, type StoryVocabulary } from './story-vocabulary.js';
import type { Category } from './types.js';

/**
 * The words of reports sent the way workers talk: one line, no keys, often a voice message turned
 * into text. Data, like the keyed tables in vocabulary.ts (which a spoken report also uses for
 * statuses, risks and the nil grammar): a township extends them without touching the logic.
 */
export interface SpokenVocabulary extends StoryVocabulary, StoryStepVocabulary {
  /** Speech-to-text homophones, fixed before anything is read: 纠分 → 纠纷, 以化解 → 已化解. */
  homophones: [heard: string, meant: string][];
  /** Words said while thinking (嗯, 那个); removed, so 和平村嗯十一组 reads 和平村十一组. */
  fillers: string[];
  /** 那个 is a filler unless a noun it points at follows (那个人, 那个地方). */
  fillerKeepBefore: string[];
  /** Spoken connectives that end a clause where a voice message has no punctuation (然后). */
  clauseBreaks: string[];
  /** Step verbs before which a connective says "go on" (下周接着调), a status step, no clause break. */
  clauseBreakKeepBefore: string[];
  /** How a village ends, and how a group (the grid inside it) ends. */
  villageEndings: string[];
  groupEndings: string[];
  /** Characters that cannot be part of a village's name: where the name before 村 starts. */
  notInVillageName: string;
  /** Particles a speaker pauses on (啊, 哈, 呀): never in a name, and may part a village from its group (排田村啊七组). */
  pauseParticles: string;
  /** Words that may run straight into a village's name and are never inside one (一下, 礼拜). */
  notBeforeVillage: string[];
  /** Verbs of the week's screening before a households count: 走访了72户, 入户八十户. */
  visitWords: string[];
  /** Before a households count, the whole group's size (全组120户), not the ones visited. */
  totalWords: string[];
  /** Around a number, a count said roughly but still a number: 八十户左右, 大约八十户, 七十来户. */
  approxBefore: string[];
  approxAfter: string[];
  /** Words that say a conflict exists, negated by the nil grammar: 没人闹矛盾, 没有扯皮的事. */
  conflictWords: string[];
  /** Negators of speech beside the keyed nil ones: 没人闹, 没见谁家吵, 没听说哪个扯皮. */
  nilNegators: string[];
  /** Between a negator and a conflict word: 没人闹, 没有什么, 没得啥子. */
  conflictFillers: string[];
  /** Whole phrases that say the week was calm: 风平浪静, 和和气气. */
  peacePhrases: string[];
  /** Markers that open a dispute inside a line: 一个是, 第一起; and the ones that continue: 另一个是. */
  firstMarkers: string[];
  nextMarkers: string[];
  /**
   * Words that may go on to another dispute (另外, 还有) but are also everyday words inside one story:
   * a cut there is taken only when the worker said more disputes than the markers found.
   */
  weakNextMarkers: string[];
  /** Inverted nil, the conflict word first: 啥子事都没得, 什么矛盾都没有. */
  nilAfter: string[];
  nilAfterBare: string[];
  /** Category words that say who quarrels rather than about what (邻居, 兄弟): used when nothing else is said. */
  weakCategories: Record<Category, string[]>;
  /** What brackets after a name say of a person (男, 岁, 低保户, 党员); a digit (age, phone) does too. */
  personDetails: string[];
  /** Words a name may follow with no space: 与王五(男), 向李四(女). */
  nameJoinWords: string[];
  /** Words that make a message a question or a consultation, not a report. */
  questionWords: string[];
  /** Words that say "I am reporting": 报一下, 汇报, 本周. */
  reportWords: string[];
}

// Said at the end of a breath, wherever it falls: before a village (报一下哈 水岩村) or between it and its group.
const PAUSE_PARTICLES = '啊哦呀嘛吧哈啦咯噻哟';

export const spokenVocabulary: SpokenVocabulary = {
  ...storyVocabulary,
  ...storyStepVocabulary,
  homophones: [
    ['纠分', '纠纷'], ['调节', '调解'], ['以化解', '已化解'], ['以经', '已经'], ['以调解', '已调解'],
    ['以解决', '已解决'], ['以上报', '已上报'], ['以移交', '已移交'], ['以处理', '已处理'], ['以结案', '已结案'],
    ['宅积地', '宅基地'], ['彩里', '彩礼'], ['善养', '赡养'], ['茅盾', '矛盾'], ['在调节', '在调解'],
  ],
  fillers: ['嗯嗯', '嗯', '呃', '额', '噢', '那个', '就是说', '就是'],
  fillerKeepBefore: ['人', '时候', '地方', '事', '家', '组', '村', '老', '男', '女', '工'],
  clauseBreaks: ['然后', '后来', '接着'],
  clauseBreakKeepBefore: ['调', '做工作', '做思想', '协调', '劝', '谈', '跟进', '处理', '沟通'],
  villageEndings: ['村', '社区', '居委会'],
  groupEndings: ['组', '社', '队', '网格', '片区'],
  // 喂, 哎, 啊: a voice message opens with a call, never part of the village's name; nor does a
  // particle ending what was said before it (我报一下哈 水岩村…, 说一下咯).
  notInVillageName: `的了是在报我你他她这那本周与跟说访查户组对向到从给把被让有个几网格镇乡县喂哎诶${PAUSE_PARTICLES}们`,
  pauseParticles: PAUSE_PARTICLES,
  notBeforeVillage: ['一下', '礼拜', '星期', '一声'],
  visitWords: ['走访', '排查', '入户', '摸排', '走了', '跑了', '去了', '户数', '农户', '群众', '家庭', '访了', '查了'],
  totalWords: ['全组', '全村', '全网格', '共有', '总共有', '总户数', '现有', '一共有', '辖区有', '组里有'],
  approxBefore: ['大约', '大概', '约', '差不多', '将近', '近'],
  approxAfter: ['左右', '上下', '来'],
  conflictWords: [
    '矛盾纠纷', '纠纷', '矛盾', '扯皮', '吵架', '打架', '闹事', '争吵', '纠葛', '争执', '不和', '吵', '闹',
    '吵嘴', '拌嘴', '斗嘴', '红脸', '闹别扭', '扯筋', '拉筋',
    '问题', '事情', '事', '情况',
    // 没发现不稳定因素, 没有苗头: the words of a stability check.
    '不稳定因素', '不稳定', '苗头', '隐患',
  ],
  nilNegators: ['没人', '没啥', '没什么', '不存在', '未', '没见', '没见到', '没看到', '没听说', '没听到', '没听见'],
  // 没出啥事 / 没出过事: 出 says nothing happened, like 发生.
  // 一个矛盾都没有, 一点纠纷都没得: a count of one before the inverted nil.
  conflictFillers: [
    '人', '什么', '啥子', '啥', '哪样', '任何', '发现', '发生', '出现', '出', '过', '闹', '的', '大', '新', '一个', '一件', '一起',
    '一点', '半点',
    // 没得哪家吵嘴, 没有哪个扯皮: nobody named as who might quarrel.
    '哪家', '哪个', '哪户', '谁家', '谁',
  ],
  peacePhrases: [
    '风平浪静', '一切正常', '平安无事', '相安无事', '太平无事', '和和气气', '和和睦睦', '一切平稳', '一切安好',
    '平平安安', '安安稳稳', '无事', '零报告', '零纠纷', '平平淡淡',
    // A calm group said the way one talks: 清清静静的, 太平得很, 大家都好好的, 啥子都好.
    '清清静静', '安安静静', '太太平平', '平平静静', '和和美美', '顺顺利利', '稳稳当当', '清静', '安宁', '太平得很',
    '安稳得很', '好好的', '都好', '都挺好', '都还好', '一切都好',
    // Getting on, said with a degree word: 大家都和气得很, 组里很和睦, 都太平.
    '和气得很', '很和气', '都和气', '挺和气', '和睦得很', '很和睦', '都和睦', '挺和睦', '很和谐', '挺和谐', '都太平',
    '很太平', '挺太平', '蛮太平', '都安稳', '很安稳', '挺安稳', '很平静', '都平静', '挺平静',
  ],
  firstMarkers: ['一个是', '一件是', '一起是', '一是', '其一', '首先是', '头一个是', '头一个', '头一件'],
  nextMarkers: [
    '另一个是', '另外一个是', '还有一个是', '另一件是', '另外一件是', '还有一件是', '另一起是', '还有一起是',
    '另一个', '另外一个', '还有一个', '另一件', '还有一件', '另一起', '还有一起', '二是', '三是', '四是',
    // Said on the way to the next one: 再一个是, 还有就是, 另外一件, 其二, 其次是.
    '再一个是', '再一个', '再有一个', '再有一件', '再一件', '还有就是', '还有个', '还有件', '另外一件', '另外一起',
    '另外还有', '其二', '其三', '其四', '其次是', '其次',
  ],
  weakNextMarkers: ['另外', '还有', '再就是', '再有', '此外'],
  // 啥子矛盾都冇, 纠纷一起都没得 (a count of none between, read with the conflict fillers).
  /** After the conflict word at a clause's end, the plain negation: 纠纷没有 / 矛盾没得 (纠纷没有解决 is no nil). */
  nilAfterBare: ['没有', '没得', '莫得', '冇得', '冇', '无'],
  nilAfter: [
    '都没得', '都没有', '都莫得', '都没', '也没得', '也没有', '也莫得', '都冇得', '都冇', '也冇得', '也冇', '都没的',
    // Said with what did not happen: 啥子纠纷也没发生, 一件矛盾都没出现.
    '也没发生', '都没发生', '也没有发生', '都没有发生', '也没出现', '都没出现', '也没出过', '都没出过',
  ],
  weakCategories: {
    // 两家 alone is just the two sides (王某和蒙某两家闹了点矛盾 says no matter); what lies between two
    // households is next-door ground: 两家中间那条沟, 两家共用的墙.
    neighbor: ['邻居', '隔壁', '邻里', '两家中间', '两家之间', '两家共用', '两家共有', '两家挨着', '两家合用'],
    family: [
      '兄弟', '姐妹', '父子', '母子', '父女', '母女', '夫妻', '两口子', '老人', '儿子', '女儿', '子女', '亲戚',
      // A spouse or an in-law said as people are named: 跟他老婆吵, 女婿要离.
      '老婆', '老公', '丈夫', '妻子', '女婿', '公公', '婆婆', '岳父', '岳母', '丈母娘',
      // Brothers, sisters and parents said one by one: 与弟弟为老房子吵, 父母留下的.
      '弟弟', '哥哥', '姐姐', '妹妹', '大哥', '二哥', '兄妹', '姐弟', '兄弟俩', '姊妹', '父母', '爹妈', '爸妈',
      '侄子', '叔侄', '伯侄', '堂兄弟', '儿媳妇', '孙女',
      // Kin said as one says them in speech: 他哥, 她妹, 堂弟, 老妈.
      '他哥', '她哥', '他弟', '她弟', '他姐', '她姐', '他妹', '她妹', '亲哥', '亲弟', '堂哥', '堂弟', '表哥', '表弟',
      '表姐', '表妹', '老妈', '老爸', '妈妈', '爸爸', '他妈', '她妈', '他爸', '她爸', '他爹', '她爹', '他娘', '她娘',
      // In-laws and the wider kin: 跟他嫂子吵, 两妯娌, 老丈人, 侄儿.
      '嫂子', '嫂嫂', '弟媳', '弟妹', '妯娌', '小姑子', '小叔子', '大伯子', '姑嫂', '侄儿', '侄女', '外甥', '丈人',
      '舅舅', '姑姑', '姑妈', '叔叔', '伯伯', '幺叔', '爷爷', '奶奶', '外婆', '外公', '孙儿', '连襟', '姐夫', '妹夫',
    ],
    land: [],
    economic: [],
    other: [],
  },
  personDetails: [
    '男', '女', '岁', '村民', '组', '户', '电话', '手机', '党员', '务工', '打工', '退休', '残疾', '低保', '五保', '老师',
    '医生', '干部', '组长', '已婚', '未婚', '离异', '丧偶', '老人', '学生', '外出', '本村', '邻村', '在外', '在家',
    '务农', '独居', '留守', '哥', '弟', '姐', '妹', '儿', '父', '母', '夫', '妻', '媳', '婿', '爷', '奶', '叔', '伯', '舅',
  ],
  nameJoinWords: ['与', '和', '跟', '同', '及', '向', '对', '找', '给', '让', '被', '把', '是', '的', '了'],
  questionWords: [
    '怎么办', '咋办', '怎么弄', '怎么处理', '怎么写', '怎么报', '如何', '能不能', '可不可以', '可以吗', '请问', '问一下',
    '问下', '咨询', '哪里', '在哪', '是不是', '要不要', '什么时候', '几号', '吗', '呢', '?', '村民问', '有人问',
    // How to handle it, said in dialect: 咋整, 咋个办, 怎么搞, 啷个办.
    '咋整', '咋个整', '咋个办', '咋弄', '咋搞', '怎么搞', '怎么整', '啷个办', '啷个整', '么样搞', '该找哪个', '找哪个部门',
    // A plea to the centre for one case is a call for help, not the week's report.
    '麻烦中心', '麻烦镇里', '请中心', '请镇里', '帮忙看', '帮帮忙', '求助', '派个人',
  ],
  reportWords: ['本周', '这周', '这个星期', '报一下', '汇报', '报告', '周报', '情况如下', '排查', '走访'],
};
