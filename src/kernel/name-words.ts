/**
 * The words around a Chinese person's name, as data for the name finder (person-names.ts).
 * Each list stands for a class of wording, not for any one report.
 */

/** Characters that end a name rather than belong to it: particles, pronouns, the verbs that follow a subject. */
export const NOT_IN_NAME =
  '的了是不在和与跟及说把被将给让对向也都就还又很家人们个着过欠借打骂找偷占要去来跑这那有没因为等俩夫妻称扬他她它我你' +
  // Verbs of harm and drink that follow a subject and are never in a given name (覃大勇喝醉了, 张强拿刀).
  '喝拿挖砍烧吓踢推赌醉扔泼捅砸堵拦喊吃抢杀放' +
  // Prepositions and sentence-final particles (王强往井里…, 你们管管李四嘛).
  '往嘛呢吧啊呀哦噻某讲嫌凭再替陪';

/** What may follow a name: the characters above, verbs of quarrels and harm, punctuation, brackets. */
export const AFTER_NAME_CHARS = `${NOT_IN_NAME}吵闹骗推拿砍杀堵拖赖告骂捅砸烧抢讨霸踢搞伤占赔还争吵先出0-9`;

/**
 * Words a name follows: roles and kin (村民张三, 丈夫罗大明: the three lists above), joining words (与/和/跟/被/把),
 * verbs aimed at a person (打伤了李四, 扬言要杀了李四), and the category and count words of a
 * one-line phone report (邻里杨秀英…, 1件王五…).
 */
/** After these, whatever follows is a name (名叫杨梅). */
export const NAMING_WORDS = ['名叫', '叫做', '名字是', '名字叫', '姓名是', '姓名:', '姓名：'];

/** Kin and one-to-one relations: the words after them may be the person (丈夫杨梅打伤, 老板石山). */
export const KIN_NOUNS = [
  '邻居', '隔壁', '对门', '丈夫', '妻子', '老公', '老婆', '媳妇', '男人', '前夫', '前妻', '对象', '儿子', '女儿', '儿媳', '女婿', '闺女',
  '父亲', '母亲', '爸爸', '妈妈', '公公', '婆婆', '岳父', '岳母', '哥哥', '弟弟', '姐姐', '妹妹', '侄子', '外甥',
  '叔叔', '伯伯', '舅舅', '孙子', '孙女', '亲戚', '债主', '老板', '包工头', '房东', '租户', '承包人', '其夫', '其妻',
  '我哥', '我弟', '我姐', '我妹', '我爸', '我妈',
];

/** Roles of many people: they also open compound nouns (村民林地, 农户成员), so no everyday word after them is a name. */
export const ROLE_WORDS = [
  '村民', '居民', '群众', '户主', '农户', '住户', '当事人', '申请人', '被申请人', '双方', '一方', '另一方', '对方', '同村', '同组', '叫', '姓名', '是',
];

export const BEFORE_NAME_WORDS = [
  ...NAMING_WORDS,
  ...KIN_NOUNS,
  ...ROLE_WORDS,
  // The neighbour's: a thing may follow (邻居家的杨树倒了), so these only cue a name, as 与 and 被 do.
  '邻居的', '隔壁的', '邻居家的', '隔壁家的', '对门的', '同村的', '村里的', '组里的',
  '与', '和', '跟', '及', '被', '把', '对', '向', '给', '让',
  // Verbs whose object is a person (看见王强往…, 借给李四五千, 劝劝张三).
  '看见', '看到', '晓得', '知道', '认得', '劝劝', '劝', '管管', '喊', '问问', '问', '求', '请', '等', '帮', '催', '借给', '送给',
  '还给', '交给', '告诉', '通知', '联系', '嫁给', '娶了', '怕', '恨', '怪', '替', '同', '陪', '听到', '听见', '一下', '说',
  '要是', '如果', '万一', '组的', '村的', '寨的',
  '找', '告', '欠', '骗', '打了', '打伤', '骂了', '杀了', '砍了', '砍伤', '捅了', '威胁', '恐吓', '要杀', '要砍', '要打',
  '邻里', '家庭', '婚恋', '经济', '土地', '山林', '借贷', '纠纷', '矛盾',
];

/** Count and clock words, cues only after a number (1件王五…, 三组李四…, 十点王五…), never inside 组成, 起诉, 用户. */
export const COUNT_WORDS = '件户起组点号';

/** Keys of a party list: every item after them, up to the field's end, is a person (当事人:王明、杨梅;). */
export const PARTY_KEYS = ['当事人', '当事双方', '双方当事人', '双方', '涉事人员', '涉及人员', '相关人员', '申请人', '被申请人', '纠纷双方'];

/** Kin and seniority after a surname: 王大爷, 吴二妹, 张婶, 李家二姐. */
export const KIN_WORDS = ['嬢', '孃', '哥', '姐', '弟', '妹', '叔', '伯', '爷', '奶', '婶', '嫂', '娘', '妈', '婆', '舅', '姨', '姑', '爹', '娃', '崽'];

/** After a name, these mark it even without a boundary before it: 昨天王老五扬言…, 吴某的丈夫…. */
const SPOUSE_AND_KIN = ['丈夫', '妻子', '老公', '老婆', '媳妇', '男人', '儿子', '女儿', '父亲', '母亲', '公公', '婆婆', '哥哥', '弟弟'];
/** Only a person has a husband or a son: 吴某的丈夫, 杨梅被丈夫打伤, 石翠和老公吵. */
export const STRONG_AFTER_NAME = ['扬言', '声称', '说要', ...['的', '被', '和', '跟', '与'].flatMap((w) => SPOUSE_AND_KIN.map((k) => w + k))];


/**
 * Words a sentence or clause opens with before its subject: time, hearsay, place (昨天王强…, 听说李某…,
 * 村里张大勇…). After these, as at a sentence start, a full name with a common surname is taken.
 */
export const LEAD_WORDS = [
  '今天', '昨天', '前天', '昨晚', '今早', '今晚', '前晚', '刚才', '刚刚', '早上', '晚上', '上午', '下午', '中午', '半夜',
  '去年', '前年', '上次', '那天', '这个月', '上个月', '上个星期', '这几天', '前几天', '那几天', '有一天', '当时', '后来', '然后', '结果', '但是', '可是', '所以', '听说', '怀疑', '就是', '还是',
  '村里', '组里', '寨上', '寨子里', '村头', '我们组', '那个', '这个', '有个', '还有', '你好', '您好', '请问',
];

/** Words that open what a person does, after the name (王强天天…, 李大勇一直…, 覃某昨晚…). */
export const PREDICATE_WORDS = [
  '天天', '一直', '经常', '总是', '老是', '成天', '整天', '每天', '今天', '昨天', '昨晚', '前天', '今早', '刚才', '刚刚',
  '早上', '晚上', '半夜', '去年', '最近', '这几天', '一喝', '一天到晚', '现在', '昨个', '今个', '前个', '合伙', '帮忙', '凭什么',
  '两口子', '两家', '两人', '两兄弟', '一家', '他们', '他爸', '他妈', '他家', '老婆', '老公', '媳妇', '男人', '儿子', '女儿', '带人', '带着', '喊人', '叫人', '非要', '硬要', '居然', '竟然',
];

/** Second characters that make a place, not a person, of a surname (王村, 杨寨, 石坝, 龙井): 王村的路. */
export const PLACE_CHARS = '村寨屯坝沟湾坡岭镇乡组井洞桥塘冲坪';

/** Words ending in a surname character (对方, 双方): the character after them starts no name. */
export const ENDS_IN_SURNAME = ['对方', '双方', '一方', '各方', '地方', '甲方', '乙方', '东方', '南方', '北方', '大方', '保管', '工程', '养老',
  '对于', '由于', '属于', '至于', '等于', '在于', '用于', '基于', '终于', '过于', '便于', '位于', '处于', '早于', '晚于', '高于', '低于',
  '姓名权', '名誉权', '所有权', '使用权', '经营权', '承包权', '继承权'];
