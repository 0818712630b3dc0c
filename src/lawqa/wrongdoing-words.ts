/**
 * Vocabulary of requests for help with wrongdoing, as regular-expression sources over the
 * normalised question (half-width, lower case, no spaces). An act is refused only when the
 * question asks for it (intent words before it in its clause, or a wish not to be found out);
 * the same act suffered or asked about (别人伪造了我的签名怎么办) stays a legal question.
 * Every article below was checked against the statute files (laws/*.md).
 */

const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

// Writing something false: forge, fake, imitate, sign in someone's name, doctor a number or a date.
const FORGE = alt(['伪造', '假造', '造假', '做假', '作假', '弄假', '搞假', '仿造', '仿冒', '仿写', '仿签', '仿', '冒签', '冒名', '冒用', '冒充',
  '私刻', '偷刻', '刻', '编(?:一|个|张|份)', '捏造', '篡改', '涂改', '模仿', '替他签', '替她签', '代他签', '代她签', 'p(?:一|个|张)', 'ps']);
const FAKE = alt(['假', '虚假', '假冒']);
/** The documents by the law that protects them: a will, an official paper or seal, a private paper or proof. */
export const WILL = alt(['遗嘱']);
export const OFFICIAL = alt(['公章', '印章', '章子', '红头文件', '公文', '证明', '证件', '身份证', '户口本', '结婚证', '离婚证', '房产证',
  '不动产证', '土地证', '承包证', '林权证', '营业执照', '执照', '介绍信', '病历', '诊断书', '伤情鉴定', '发票', '毕业证', '文凭', '驾照',
  '驾驶证', '残疾证']);
const PRIVATE = alt(['借条', '欠条', '收条', '借据', '欠据', '收据', '字据', '合同', '协议', '签名', '签字', '名字', '手印', '指印', '笔迹',
  '担保书', '委托书', '授权书', '聊天记录', '转账记录', '流水', '工资条', '证据']);
const DOC = alt([WILL, OFFICIAL, PRIVATE]);
// Whoever else is meant: the target of tracking, the owner of a hand or a name.
const OTHERS = alt(['别人', '他', '她', '老公', '老婆', '媳妇', '丈夫', '妻子', '对象', '男朋友', '女朋友', '前妻', '前夫', '邻居', '某人',
  '那个人', '对方', '仇人', '老人', '死者', '我爸', '我妈', '父亲', '母亲']);

const FORGE_ACTS = [
  // 伪造的遗嘱 describes a forgery, 伪造遗嘱 does one: the verb must not be followed by 的.
  `${FORGE}(?!的)[^,.!?;]{0,8}?${DOC}`, `${FAKE}的?[^,.!?;]{0,3}?${DOC}`,
  `${DOC}[^,.!?;]{0,6}?${alt(['造假', '作假', '做假', '篡改', '涂改', '改成'])}`,
  `按上?${OTHERS}的?手印`, `${alt(['说', '当', '装'])}成?是${OTHERS}(?:亲手)?${alt(['写', '签', '按'])}的`, `${alt(['刻', '私刻', '偷刻', '弄', '搞', '做'])}(?:一|个|枚|一个|一枚)?假?的?章`,
];

// Poison or drug someone or something; hurt a person badly (打人 only with a wish not to be found out).
const DRUG = alt(['老鼠药', '耗子药', '农药', '毒药', '敌敌畏', '百草枯', '安眠药', '泻药', '毒鼠强', '药']);
const POISON = alt(['投毒', '下毒', '下药', '放药', '毒死', '药死', '毒杀', '毒一下', '毒掉', `${alt(['放', '拌', '撒', '下', '掺'])}(?:点|些|一点)?${DRUG}`]);
const INTO_FOOD = `${alt(['放', '下', '加', '掺', '倒', '撒'])}(?:到|进|在)?[^,.!?;]{0,4}?${alt(['饭', '酒', '水', '茶', '汤', '菜', '饮料', '杯'])}里`;
export const HURT = alt(['弄死', '整死', '搞死', '害死', '杀掉', '杀了', '砍死', '打死', '打残', '弄残', '打断', '打(?:他|她|人)?一顿', '揍(?:他|她|人)?一顿',
  '泼硫酸', '泼汽油']);
/** Animals kept by people; pests are not among them. */
export const ANIMAL = alt(['狗', '猫', '鸡', '鸭', '鹅', '猪', '牛', '羊', '马', '鱼', '兔', '蜂', '鸽', '牲口', '牲畜']);
export const PEST = alt(['老鼠(?!药)', '耗子(?!药)', '虫', '蟑螂', '蚊', '苍蝇', '白蚁', '蚂蚁', '除草', '杂草', '野草']);
/** Someone else's animal: 邻居家的狗, 他的鸡. */
export const OTHERS_ANIMAL = alt(['邻居', '别人', '他', '她', '隔壁', '人家', '对方', '村里']);
/** Whose animal: the asker's own may be put down. */
export const OWN_ANIMAL = alt(['我家', '俺家', '自家', '自己家', '我自己', '我养的', '俺养的']);
/** A person (or their food and drink) as the object of a poisoning. */
export const PERSON_TARGET = alt(['他', '她', '人', '老公', '老婆', '媳妇', '丈夫', '妻子', '公公', '婆婆', '邻居', '饭', '酒', '水', '茶', '汤', '菜']);
// Violence a person asks how to get away with (the wish itself is in CONCEAL).
export const HURT_HIDDEN = `${alt(['打', '揍', '伤', '收拾', '整'])}${alt(['人', '他', '她'])}`;

// Evading the police: hiding, destroying evidence, agreeing a story, false testimony, a stand-in.
const TRACE = alt(['证据', '监控', '录像', '血迹', '指纹', '痕迹', '凶器']);
const DESTROY = alt(['销毁', '毁掉', '毁了', '删掉', '删除', '删', '清除', '处理掉', '擦掉', '洗掉', '藏起']);
const EVADE = [
  `${alt(['躲', '躲过', '躲开', '躲避', '逃避', '逃过', '甩掉'])}${alt(['警察', '公安', '派出所', '抓捕', '调查', '侦查', '追查', '通缉'])}`,
  `不被${alt(['警察', '公安', '派出所', '抓', '查到', '查出', '找到'])}`, `${DESTROY}[^,.!?;]{0,4}?${TRACE}`, `${TRACE}[^,.!?;]{0,4}?${DESTROY}`,
  '串供', '统一口径', '对口供', '对好口供', '攻守同盟', '作伪证', '做伪证', '作假证', '做假证', '顶包', '顶罪', '潜逃',
];

// Tracking or exposing a person.
const RECORD = alt(['手机', '位置', '行踪', '开房', '通话记录', '聊天记录', '微信', '短信', '住址', '住哪', '身份证号', '手机号', '户籍']);
const EXPOSE = alt(['曝光', '公开', '发到网上', '挂到网上', '发到群里', '挂出来', '发抖音']);
const PRIVATE_INFO = alt(['信息', '身份证', '电话', '住址', '照片', '隐私', '丑事']);
const TRACK = [
  `${alt(['定位', '追踪', '跟踪', '监听', '窃听', '偷听'])}[^,.!?;]{0,3}?${OTHERS}`,
  `${alt(['查', '偷看', '翻', '调'])}[^,.!?;]{0,4}?${OTHERS}的?[^,.!?;]{0,3}?${RECORD}`,
  `装[^,.!?;]{0,3}?${alt(['定位器', '窃听器', '追踪器', '监听'])}`, '人肉', '偷拍',
  `${EXPOSE}[^,.!?;]{0,6}?${OTHERS}的?[^,.!?;]{0,4}?${PRIVATE_INFO}`, `${OTHERS}的?[^,.!?;]{0,4}?${PRIVATE_INFO}[^,.!?;]{0,4}?${EXPOSE}`,
];

/** Words before an act that ask for it: how to, help me, I want to. */
export const REQUEST = alt(['怎么', '怎样', '咋', '如何', '啥办法', '什么办法', '有没有办法', '教我', '教教', '帮我', '帮俺', '帮忙', '给我', '给俺',
  '替我', '能不能', '能否', '可不可以', '可以', '想', '要', '打算', '准备', '用什么', '用啥', '什么药', '啥药', '哪里能', '去哪', '找谁', '偷偷']);
/** Words after an act that ask for it: …怎么弄, …行不行. */
export const REQUEST_AFTER = alt(['怎么弄', '怎么做', '怎么写', '怎么搞', '怎么刻', '怎么改', '咋弄', '咋做', '咋写', '咋搞', '咋整', '教我', '行不行', '(?<!履)行吗', '可以吗', '好不好', '像真的', '看不出']);
/** A wish not to be found out, anywhere in the question. */
export const CONCEAL = alt(['不被发现', '不被人发现', '不被查', '查不出', '验不出', '看不出', '神不知鬼不觉', '不留痕迹', '不留伤', '不留证据', '不犯法的办法', '不用坐牢', '不坐牢', '不被抓']);
/** At the start of the act's clause, a subject other than the asker: the act is suffered, not asked for. */
export const SOMEONE_ELSE = `^(?:我的?|俺的?|我家的?|俺家的?)?${alt(['别人', '他', '她', '对方', '有人', '人家', '某人', '老公', '老婆', '媳妇', '丈夫', '妻子', '邻居', '村干部', '亲戚', '前妻', '前夫', '派出所', '警察'])}`;
/** Checking, not doing: 怎么证明遗嘱是伪造的, 怎么辨别假证明. */
export const CHECKING = alt(['防止', '防范', '避免', '预防', '证明', '鉴定', '辨别', '识别', '分辨', '判断', '看出', '知道', '查出', '发现', '确认', '怀疑', '认定', '是不是', '是否', '真假']);

export type WrongKind = 'forgeWill' | 'forgeOfficial' | 'forgePrivate' | 'poisonAnimal' | 'harmPerson' | 'evade' | 'track';
export type ActKind = 'forge' | 'harm' | 'evade' | 'track';

/** The acts of each kind; which forgery or harm it is depends on what the question names (wrongdoing.ts). */
export const ACTS: readonly (readonly [ActKind, readonly string[]])[] = [
  ['forge', FORGE_ACTS],
  ['harm', [POISON, INTO_FOOD, HURT, `${HURT_HIDDEN}(?=.*${CONCEAL})`, `毒[^,.!?;]{0,4}?${ANIMAL}`, `用(?:点|些)?${DRUG}`]],
  ['evade', EVADE],
  ['track', TRACK],
];

export const REFUSALS: Record<WrongKind, string> = {
  forgeWill: '伪造、篡改遗嘱是违法的：伪造的遗嘱无效（《民法典》第一千一百四十三条），继承人伪造、篡改遗嘱情节严重的，丧失继承权（《民法典》第一千一百二十五条）。这个忙我不能帮。遗产怎么分，可以找村调解员或拨打12348问正当办法。',
  forgeOfficial: '伪造公章、证明、证件是违法的，情节严重的构成犯罪（《刑法》第二百八十条，《治安管理处罚法》第六十三条）。这个忙我不能帮。需要证明的，请到出具的单位（村委会、派出所等）如实申请。',
  forgePrivate: '伪造借条、欠条、合同、签名或证据是违法的：拿去要钱可能构成诈骗罪（《刑法》第二百六十六条），拿去法院告人可能构成虚假诉讼罪（《刑法》第三百零七条之一）。这个忙我不能帮。真有借钱给人，可以凭转账记录、聊天记录、证人依法去要。',
  poisonAnimal: '毒死、弄死别人家的牲畜是违法的：故意损毁他人财物要受治安处罚（《治安管理处罚法》第五十九条），数额较大的构成故意毁坏财物罪（《刑法》第二百七十五条），乱投毒饵还可能危害公共安全（《刑法》第一百一十四条）。这个忙我不能帮。牲畜糟蹋庄稼、咬人，可以找村调解员，要求对方管好并赔偿。',
  harmPerson: '给人下毒、下药或者打伤、害死人是犯罪（《刑法》第一百一十四条投放危险物质、第二百三十二条故意杀人、第二百三十四条故意伤害）。这个忙我不能帮。有矛盾请找村调解员、网格员，心里过不去可以拨打12356心理援助热线；有人有危险请立即拨打110。',
  evade: '躲避警察、销毁证据、串供、作伪证都是违法的：帮助毁灭、伪造证据或作伪证可构成犯罪（《刑法》第三百零七条），窝藏、包庇也是犯罪（《刑法》第三百一十条）。这个忙我不能帮。犯了事主动投案、如实交代的，是自首，可以从轻或者减轻处罚（《刑法》第六十七条）。',
  track: '偷偷定位、跟踪、监听别人，查别人的开房、通话、住址等记录，或者把别人的信息发到网上（人肉），都是侵犯隐私和个人信息的违法行为（《民法典》第一千零三十二条、第一千零三十四条，《刑法》第二百五十三条之一）。这个忙我不能帮。确有纠纷的，可以报警或起诉，由办案机关依法调取。',
};
