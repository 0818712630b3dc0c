/**
 * Vocabulary of requests for help with wrongdoing, as regular-expression sources over the
 * normalised question (half-width, lower case, no spaces). An act is refused only when the
 * question asks for it (intent words before it in its clause, or a wish not to be found out);
 * the same act suffered or asked about (别人伪造了我的签名怎么办) stays a legal question.
 * Every article below was checked against the statute files (laws/*.md).
 */

const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

/**
 * The asker's own deed kept from being traced back (查不到是我整的, 莫怀疑到我, 她还发现不到, 恢复不出来):
 * said of what one did, never of what one suffered.
 */
const CONCEAL_OWN = alt([`${alt(['查', '看', '认', '发现', '晓得', '知道'])}不${alt(['到', '出'])}来?是我`, `${alt(['怀疑', '查', '赖'])}到我`,
  '不晓得是哪个', '不知道是谁', '发现不到', '发现不了', `${alt(['不', '莫'])}${alt(['遭', '被'])}发现`, '恢复不出', '拍不到', '让他以为', '让她以为',
  `${alt(['莫让', '莫要让', '别让', '不让'])}[^,.!?;]{0,6}?${alt(['晓得', '知道', '发现', '怀疑'])}`]);

// Writing something false: forge, fake, imitate, sign in someone's name, doctor a number or a date.
const FORGE = alt(['伪造', '假造', '造假', '做假', '作假', '弄假', '搞假', '仿造', '仿冒', '仿写', '仿签', '仿', '冒签', '冒名', '冒用', '冒充',
  '私刻', '偷刻', '刻', '编(?:一|个|张|份)', '捏造', '篡改', '涂改', '模仿', '替他签', '替她签', '代他签', '代她签', '代签', '代按', 'p(?:一|个|张)', 'ps']);
const FAKE = alt(['假', '虚假', '假冒']);
/** The documents by the law that protects them: a will, an official paper or seal, a private paper or proof. */
export const WILL = alt(['遗嘱']);
export const OFFICIAL = alt(['公章', '印章', '章子', '证书', '红头文件', '公文', '证明', '证件', '身份证', '户口本', '结婚证', '离婚证', '房产证',
  '不动产证', '土地证', '承包证', '林权证', '营业执照', '执照', '介绍信', '病历', '诊断书', '伤情鉴定', '发票', '毕业证', '文凭', '驾照',
  '驾驶证', '残疾证']);
export const PRIVATE = alt(['银行流水', '借条', '欠条', '收条', '借据', '欠据', '收据', '字据', '合同', '协议', '签名', '签字', '名字', '手印', '指印', '笔迹',
  '担保书', '委托书', '授权书', '聊天记录', '转账记录', '流水', '工资条', '证据']);
const DOC = alt([WILL, OFFICIAL, PRIVATE]);
// Whoever else is meant: the target of tracking, the owner of a hand or a name.
const OTHERS = alt(['别人', '他', '她', '老公', '老婆', '媳妇', '丈夫', '妻子', '对象', '男朋友', '女朋友', '前妻', '前夫', '邻居', '某人',
  '那个人', '那个女的', '那个男的', '这个人', '对门', '对方', '仇人', '老人', '死者', '我爸', '我妈', '父亲', '母亲']);

const FORGE_ACTS = [
  // 伪造的遗嘱 describes a forgery, 伪造遗嘱 does one: the verb must not be followed by 的.
  `${FORGE}(?!的)[^,.!?;]{0,8}?${DOC}`, `${FAKE}的?[^,.!?;]{0,3}?${DOC}`,
  `${DOC}[^,.!?;]{0,6}?${alt(['造假', '作假', '做假', '篡改', '涂改', '改成', '改大', '改小', '整成', '弄成', '搞成'])}`,
  // A paper's look-alike, its figures changed (弄个银行流水的样子 我自己改数字), a seal made to look real (章咋个做得像).
  `${alt([DOC, '章'])}的?样子`, `改${alt(['数字', '金额', '日期'])}`, `改得?最?像`, `${DOC}[^.!?;]{0,8}?p(?![a-z])`,
  // Copied from a template or another's paper (发个模板我照到做个像的出来).
  `${alt(['照到', '照着'])}[^,.!?;]{0,4}?${alt(['做', '整', '弄', '搞'])}个?像的`, `${OFFICIAL}[^.!?;]{0,10}?模板`,
  `${alt([OFFICIAL, '章'])}[^,.!?;]{0,6}?${alt(['做', '刻', '整', '弄', '搞'])}得?${alt(['像', '跟真的一样', '一模一样'])}`,
  `按上?${OTHERS}的?手印`, `${alt(['说', '当', '装'])}成?是${OTHERS}(?:亲手)?${alt(['写', '签', '按'])}的`, `${alt(['刻', '私刻', '偷刻', '弄', '搞', '做'])}(?:一|个|枚|一个|一枚)?假?的?章`,
  // Someone else's hand copied (学他的笔迹), or their mark made by the asker (手印我自己按, 名字我来签).
  `${alt(['学', '照', '仿'])}着?${OTHERS}的?${alt(['笔迹', '签名', '签字', '字'])}`, `${alt(['手印', '指印', '签名', '签字', '名字'])}[^,.!?;]{0,2}?我${alt(['自己', '来', '帮他', '替他'])}?代?${alt(['按', '签'])}`,
  // A paper dated back (日期写去年的), or a seal or paper made to look like the real one (整一个差不多的).
  `${alt(['日期', '日子', '时间', '落款'])}${alt(['写', '填', '签', '落', '改'])}(?:成|到)?${alt(['去年', '前年', '以前', '之前', '早', '上个月', '上年', '[几两三四五六七八九十\\d]+年前'])}的?`,
  // Paper made to look old (做旧, 整得黄黄旧旧的); a seal cut for someone else's name (刻个他们公司的章).
  `${alt(['做旧', '整旧', '弄旧', '旧旧的'])}`, `${alt(['刻', '私刻', '偷刻'])}[^,.!?;]{0,8}?章`,
  // Any paper the asker wants nobody to see is not real (整张诊断书…看不出来是假的).
  `(?=.*看不出来?是${alt(['假', '后头补', '后补', '补', 'p', '仿'])})${alt(['整', '弄', '搞', '做', '写', '开'])}[^,.!?;]{0,6}?${DOC}`,
  `${alt([OFFICIAL, '章'])}[^,.!?;]{0,8}?${alt(['整', '弄', '做', '搞', '刻', '仿'])}(?:一个|个|一张|张|一份|份|一枚)?${alt(['差不多', '一模一样', '一样', '像'])}的?`,
];

// Poison or drug someone or something; hurt a person badly (打人 only with a wish not to be found out).
const DRUG = alt(['老鼠药', '耗子药', '农药', '毒药', '敌敌畏', '百草枯', '安眠药', '泻药', '毒鼠强', '药饵', '毒饵', '药']);
const POISON = alt(['投毒', '下毒', '下药', '放药', '毒死', '药死', '毒杀', '毒一下', '毒掉', `${alt(['放', '拌', '撒', '下', '掺', '整', '弄', '配'])}(?:点|些|一点)?${DRUG}`,
  `${DRUG}${alt(['拌', '掺', '泡'])}`]);
const FOOD = alt(['饭', '酒', '水', '茶', '汤', '菜', '饮料', '杯']);
const PUT_IN = alt(['放', '下', '加', '掺', '倒', '撒']);
// Into the food, said either way round: 放到他饭里, 在她饭里头加点东西.
const STORE = alt(['水缸', '水窖', '水井', '井', '锅', '碗']);
const INTO_FOOD = alt([`${PUT_IN}(?:到|进|在)?[^,.!?;]{0,4}?${FOOD}里`, `${FOOD}${alt(['菜', '饭'])}?${alt(['里', '头'])}头?[^,.!?;]{0,1}?${PUT_IN}`,
  `${PUT_IN}[^,.!?;]{0,5}?${STORE}`]);
// What the asker wants to happen to a person: made ill, made to fall (让她病一场, 让他摔一跤).
const MADE_TO = `让${alt(['他', '她', '人', '那个人', '婆婆', '公公', '老公', '老婆'])}(?:身体)?[^,.!?;]{0,3}?${alt(['病', '生病', '拉', '吐', '中毒', '晕', '瘫', '摔', '栽', '翻车', '出车祸', '出事', '差下去', '残'])}`;
// What the asker wants to happen to an animal: dead, or dead as if from illness (鱼全部翻白, 让它慢慢病死).
const ANIMAL_END = alt(['翻白', '病死', '死光', '死掉', '死完', '死绝', '全死', '全部死', '不动了', '就倒', '跑不动', '一只不剩', '一个不剩', '叫不出']);
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
export const HURT_HIDDEN = `${alt(['打', '揍', '伤', '收拾', '整'])}得?(?:一个|这个|那个)?${alt(['人', '他', '她'])}`;
// A blow meant to leave no mark (打了人身上不留伤): 了 here is "once hit", not a thing done.
const NO_MARK = `${alt(['打', '揍'])}了?${alt(['人', '他', '她'])}[^,.!?;]{0,3}?${alt(['不留伤', '不留印子', '验不出', '看不出伤'])}`;
// Where a blow hurts most (打哪里最痛), a moment taken (趁他睡着整他), a brake or a stove tampered with, a fire set
// to someone's shed (点他屋柴房): what the asker plans for a person.
const PLANNED_HARM = alt([`打哪[里点儿个]?[^,.!?;]{0,3}?${alt(['最痛', '最疼', '痛', '疼'])}`,
  `趁${alt(['他', '她', '人'])}[^,.!?;]{0,4}?${alt(['睡着', '不注意', '不在意', '喝醉', '没防备'])}[^,.!?;]{0,4}?${alt(['整', '打', '弄', '砍', '泼', '收拾'])}`,
  `${alt(['刹车', '油门', '轮胎', '煤气', '车子', '摩托'])}[^,.!?;]{0,3}?${alt(['动', '做'])}[^,.!?;]{0,2}?手脚`,
  `点${alt(['他', '她', '人家', '别人'])}[^,.!?;]{0,3}?${alt(['屋', '房', '柴房', '草垛', '车', '仓'])}`,
  `打哪[里点儿个]?[^,.!?;]{0,4}?${alt(['不留', '不得留'])}`, `收拾${alt(['他', '她', '人'])}?一顿`,
  // A trap on someone's way (在哪点挖个坑…他踩到最伤).
  `${alt(['挖个?坑', '设个?陷阱', '撒钉子', '放钉子'])}[^.!?;]{0,10}?${alt(['他', '她', '人'])}`, `${alt(['他', '她'])}踩到`]);

const AUTHORITY = alt(['警察', '交警', '公安', '派出所', '林业站', '林业局', '执法', '法院']);
// Evading the police: hiding, destroying evidence, agreeing a story, false testimony, a stand-in.
const TRACE = alt(['证据', '监控', '录像', '血迹', '指纹', '痕迹', '凶器', '聊天记录', '记录', '短信', '账本']);
const DESTROY = alt(['销毁', '毁掉', '毁了', '删掉', '删除', '删', '清除', '处理掉', '擦掉', '洗掉', '藏起']);
const EVADE = [
  `${alt(['躲', '躲过', '躲开', '躲避', '逃避', '逃过', '甩掉'])}${alt(['警察', '交警', '公安', '派出所', '抓捕', '调查', '侦查', '追查', '通缉', '查酒驾', '检查', '设卡'])}`,
  // Out of the checkpoint's reach: away from a chase, through the breath test (跑得脱, 吹不出来), a story that holds (口供咋个对).
  '跑得脱', '跑脱', '吹不出', `口供[^,.!?;]{0,4}?对`,
  `(?<=${alt(['查酒驾', '交警', '检查', '设卡', '巡查'])}.*)${alt(['绕开', '避开', '躲开', '绕过'])}`,
  // A story told so that the police take it the asker's way (咋个说才让他们认为是他先动手).
  `${alt(['说', '讲'])}才让[^,.!?;]{0,4}?${alt(['认为', '以为', '相信', '觉得'])}`,
  `不被${alt(['警察', '公安', '派出所', '抓', '查到', '查出', '找到'])}`, `${DESTROY}[^,.!?;]{0,4}?${TRACE}`, `${TRACE}[^,.!?;]{0,4}?${DESTROY}`,
  '串供', '统一口径', '对口供', '对好口供', '攻守同盟', '作伪证', '做伪证', '作假证', '做假证', '顶包', '顶罪', '潜逃',
  // A story agreed among several (编一套说法, 几个人讲得一样, 咋个说才对得上).
  `编[^,.!?;]{0,2}?${alt(['说法', '口供', '供词', '理由'])}`, `统一[^,.!?;]{0,2}?${alt(['说法', '口径', '口供'])}`, `${alt(['说法', '口径', '口供', '讲法'])}[^,.!?;]{0,6}?${alt(['一样', '一致', '对得上', '统一'])}`,
  `${alt(['几个人', '大家', '我们', '两个人'])}[^,.!?;]{0,4}?${alt(['讲', '说'])}得?${alt(['一样', '一致'])}`, `${alt(['说', '讲'])}才${alt(['对得上', '一致'])}`,
  // A witness asking how to be believed (作证…咋个讲法官才信) is making the story up.
  `(?<=${alt(['作证', '做证', '出庭'])}.*)${alt(['讲', '说'])}[^,.!?;]{0,4}?${alt(['法官', '警察', '公安', '法院'])}才${alt(['信', '相信', '会信'])}`,
  // A story told so that the authorities suspect nothing (咋个讲警察才不怀疑, 咋个说他们才不晓得是我砍的).
  `${alt(['讲', '说'])}[^,.!?;]{0,4}?${alt(['法官', '警察', '交警', '公安', '法院', '他们', '人家'])}才${alt(['不怀疑', '不会怀疑', '不晓得', '不知道', '查不出'])}`,
  // Hiding from an inquiry already under way (交警在查…教下我咋个躲; 林业站要来查…木头藏哪点).
  `(?<=${AUTHORITY}[^,.!?;]{0,4}?${alt(['找', '抓', '查', '问'])}.*)${alt(['躲', '跑路', '逃', '藏', '处理掉', '处理才'])}`,
  // Out of the police's reach (他们就定位不到我; 派出所在找我…躲一阵子).
  `${alt(['定位', '查', '找', '抓'])}不到我`,
];

// Tracking or exposing a person.
const RECORD = alt(['手机', '位置', '行踪', '开房', '通话记录', '聊天记录', '微信', '短信', '住址', '住哪', '身份证号', '手机号', '户籍']);
const EXPOSE = alt(['曝光', '公开', '发到网上', '发网上', '挂到网上', '挂网上', '发到[^,.!?;]{0,4}?群', '发群里', '发朋友圈', '挂出来', '发抖音', '发快手']);
const PRIVATE_INFO = alt(['信息', '身份证', '电话', '住址', '地址', '照片', '隐私', '丑事']);
const TRACK = [
  `${alt(['定位', '追踪', '跟踪', '监听', '窃听', '偷听'])}[^,.!?;]{0,3}?${OTHERS}`,
  `${alt(['查', '偷看', '翻', '调'])}[^,.!?;]{0,4}?${OTHERS}的?[^,.!?;]{0,3}?${RECORD}`,
  `装[^,.!?;]{0,3}?${alt(['定位器', '窃听器', '追踪器', '监听'])}`, '人肉', '偷拍',
  `${EXPOSE}[^,.!?;]{0,6}?${OTHERS}的?[^,.!?;]{0,4}?${PRIVATE_INFO}`, `${OTHERS}的?[^,.!?;]{0,4}?${PRIVATE_INFO}[^,.!?;]{0,4}?${EXPOSE}`,
  // A recorder or camera planted in someone else's home or car (在他家屋头放个录音的东西).
  `${alt(['在', '到', '往'])}${OTHERS}${alt(['家', '屋', '车', '房'])}[^,.!?;]{0,4}?${alt(['放', '装', '藏', '安'])}[^,.!?;]{0,2}?${alt(['录音', '录像', '摄像', '窃听', '监听', '定位'])}`,
  `${alt(['放', '装', '藏', '安'])}[^,.!?;]{0,3}?${alt(['定位器', '窃听器', '追踪器'])}`, `${alt(['摄像头', '针孔', '录音笔', '窃听器', '定位器'])}[^,.!?;]{0,3}?${alt(['藏', '装', '放', '安'])}`,
  // Someone's papers or whereabouts put out for all to see (把她身份证号和屋头地址发到群里).
  `${PRIVATE_INFO}[^.!?;]{0,14}?${EXPOSE}`, `偷偷[^,.!?;]{0,2}?拍`,
  `${alt(['拆', '偷看', '翻'])}[^,.!?;]{0,4}?${OTHERS}的?${alt(['快递', '包裹', '信'])}`, `${OTHERS}的?${alt(['快递', '包裹', '信'])}[^,.!?;]{0,4}?${alt(['拆', '偷看'])}`,
  // Something put on another's phone that they must not find (在她手机头装个东西…她还发现不到).
  `(?=.*${CONCEAL_OWN})${alt(['在', '往'])}${OTHERS}的?手机[^,.!?;]{0,3}?${alt(['装', '放', '安'])}`, `偷偷[^,.!?;]{0,2}?装(?!了)`,
  `${alt(['摄像头', '摄像'])}[^.!?;]{0,10}?${alt(['洗澡', '厕所', '卧室', '换衣服'])}`,
  // Intimate pictures spread, whoever's they are.
  `${alt(['裸照', '艳照', '私密照', '床照', '不雅'])}[^.!?;]{0,8}?${EXPOSE}`,
];

// Wild animals caught or sold (穿山甲 下套, 电鱼): poaching, whoever owns the hill or the river.
const WILD = alt(['穿山甲', '娃娃鱼', '大鲵', '野生动物', '果子狸', '猫头鹰', '老鹰', '猴子', '野猪', '麂子', '蛇']);
const POACH = [`${WILD}[^.!?;]{0,12}?${alt(['下套', '套子', '夹子', '抓', '逮', '打', '卖', '收'])}`, `${alt(['电鱼', '炸鱼', '毒鱼'])}`, `电[^,.!?;]{0,3}?鱼`, `${alt(['电', '炸'])}一[哈下]`];

// Getting money by a lie: a staged or re-told accident for the insurer, a faked fall in the road, a dead
// relative's pension drawn on, a household made out poorer than it is.
const FRAUD = [
  `${alt(['骗', '诈'])}${alt(['保险', '保', '赔偿', '补助', '补贴', '低保', '养老金', '扶贫', '拆迁款', '补偿'])}`, '碰瓷', '碰个瓷', '冒领',
  `${alt(['报成', '说成', '算成', '装成', '讲成'])}[^,.!?;]{0,8}?${alt(['撞', '弄的', '意外', '别人', '烧', '淹', '偷'])}`,
  `${alt(['说成', '讲成', '冒充成?', '当成'])}是?${alt(['有机', '富硒', '绿色', '正品', '名牌', '进口', '野生'])}`,
  // A message sent in an office's name to get cards and codes (就说是镇里发补贴…填验证码).
  `${alt(['就说', '说是', '假装是', '冒充'])}[^,.!?;]{0,4}?${alt(['镇里', '镇上', '政府', '银行', '公安', '派出所', '客服', '村委'])}`,
  `不让[^,.!?;]{0,6}?${alt(['晓得', '知道'])}[^,.!?;]{0,3}?${alt(['继续', '接着', '还'])}领`,
  `${alt(['填', '写', '报', '说'])}得?穷${alt(['一点', '些', '点'])}`, `${alt(['虚报', '多报', '谎报', '假报'])}`, '假离婚',
  `${alt(['装', '假装'])}成?${alt(['穷', '残疾', '孤寡', '五保', '贫困', '被撞', '遭撞'])}`, `像真的${alt(['遭', '被'])}?撞`, `${alt(['装', '假装'])}[^,.!?;]{0,2}?${alt(['遭', '被'])}[^,.!?;]{0,2}?撞`,
  `${alt(['讲', '说', '报'])}成?是?${alt(['遭', '被'])}?别人撞`, `挂${alt(['到', '在'])}?[^,.!?;]{0,3}?名下`,
  `${alt(['拿', '用', '借'])}别人的?${alt(['身份证', '医保卡', '银行卡', '社保卡', '户口本'])}`,
  // Passing oneself off as sent by an office to take money (跟他们讲我是镇上派来的…先交手续费).
  `${alt(['说', '讲', '装'])}我是[^,.!?;]{0,6}?${alt(['派来', '干部', '工作人员', '政府的', '领导'])}的?`, `冒充[^,.!?;]{0,6}?${alt(['干部', '工作人员', '政府', '警察', '领导', '医生'])}`,
  // Told as more or other than it is (其实只坏了一亩…想报成五亩).
  `(?<=${alt(['其实', '实际上', '本来'])}.*)${alt(['报成', '说成', '写成', '填成', '装成'])}`,
  // A dead relative's pension drawn on (过世了…咋个继续领).
  `(?<=${alt(['过世', '去世', '死了', '走了'])}.*)${alt(['继续', '接着', '还'])}领`,
];

/** Words before an act that ask for it: how to, help me, I want to. */
export const REQUEST = alt(['怎么', '怎样', '咋', '如何', '啥办法', '什么办法', '有没有办法', '有没得法子', '有没有法子', '有啥子?法子', '有没有哪样', '有没得哪样', '有没有啥子', '教我', '教下我', '教一下我', '教教', '帮我', '帮俺', '帮忙', '给我', '给俺',
  '替我', '能不能', '能否', '可不可以', '可以', '想', '要', '打算', '准备', '用什么', '用啥', '什么药', '啥药', '哪里能', '去哪', '找谁', '偷偷']);
/** Words after an act that ask for it: …怎么弄, …行不行. */
export const REQUEST_AFTER = alt(['怎么弄', '怎么做', '怎么写', '怎么搞', '怎么刻', '怎么改', '咋弄', '咋做', '咋写', '咋搞', '咋整', '教我', '行不行', '(?<!履)行吗', '可以吗', '好不好', '像真的', '看不出', '告诉我']);
/** A wish not to be found out, anywhere in the question. */
export const CONCEAL = alt(['不被发现', '不被人发现', '不被查', '查不出', '不容易查出', '验不出', '看不出', '神不知鬼不觉', '不留痕迹', '不留伤', '不留印子', '不留疤', '不留证据',
  '不犯法的办法', '不用坐牢', '不坐牢', '不被抓', '像真的一样', '跟真的一样', '以假乱真', `${alt(['查不到', '不晓得', '不知道'])}是我`,
  `${alt(['别让', '不让', '莫让', '莫要让'])}${alt(['他', '她', '人', '别人', '他们'])}${alt(['晓得', '知道', '发现'])}`, '看起来像',
  CONCEAL_OWN,
  // Behind the back of the person whose name or thing it is (代签他不晓得).
  `${alt(['他', '她', '人家', '别人'])}都?不${alt(['晓得', '知道'])}`]);
/**
 * The asker's own wish or a how-to said anywhere in the message (帮我写张借条…签字我自己来学他的笔迹); a bare
 * 怎么办, 我要赔不 or 我想问 is a victim's or an asker's word and is not among them.
 */
export const INTENT =
  '我想(?!问|咨询|知道|了解|请教|报警|告|起诉|离婚|要回|找人评理)|帮我|教我|给我出|教下我|你教|有没有(?:哪样|啥子?|什么)?(?:办法|法子|门道)|有没得(?:办法|法子)|(?:咋个?|怎么)(?:弄|整|做|搞|写|讲|说|应付|跑|躲|下|倒|点|掺|抓|发|改)|哪种|用哪样|撒哪样|倒哪样|下哪种|哪里(?:可以|能|买得到)|哪个会|(?:哪个|哪里|谁)(?:收|要)|卖给(?:哪个|谁)|有没有(?:啥子?|什么|哪样|哪种)[^,]{0,2}(?:药|东西|软件|app)|(?:放|撒|下|喂|倒|埋)点?(?:啥子|哪样|什么)|(?:在哪点|在哪里)(?:挖|放|下|埋|装)|做个?像的';
/** How-to words, anywhere in the question. */
export const HOW_TO = alt(['怎么', '怎样', '咋', '如何', '办法', '法子', '门道', '主意', '教', '告诉我', '能不能', '有没有', '哪里', `${alt(['放', '掺', '加', '倒', '下'])}好多`, `${alt(['拿', '用'])}${alt(['啥子', '哪样', '什么'])}`]);
/**
 * The point of the how-to is that nobody finds out (咋个弄才看不出来, 税务局才不得查, 怎么讲才圆得过去,
 * 看起来像自然走的): whatever the act, wanting it hidden is what makes it wrongdoing.
 */
export const COVER_UP = alt([
  `才${alt(['不会', '不得', '莫', '没得?', '不'])}(?:被|遭)?${alt(['发现', '查到', '查出', '查', '看出', '抓到', '抓', '问', '怀疑', '算到', '算是'])}`,
  `${alt(['才', '又', '也', '都', '要', '得', '别个', '别人', '人家', '他们'])}${alt(['看', '查', '验', '认', '闻', '拍'])}不出`, `才${alt(['看', '听'])}不${alt(['懂', '明白'])}`, '一模一样', '跟真的一样', '以假乱真', '圆得?过去',
  '应付过去', '糊弄过去', '蒙混过关', '混过去', '不穿帮', '才像', `不容易${alt(['发现', '看出', '查出'])}`, `才不[^,.!?;]{0,3}?${alt(['搜', '查', '进来'])}`,
  `${alt(['警察', '交警', '公安', '派出所', '他们', '别个', '别人'])}[^,.!?;]{0,2}?${alt(['查', '找', '抓', '发现', '看'])}不${alt(['到', '出'])}`,
  `看起来像${alt(['自然', '意外', '生病', '病死', '自己'])}`, '不得有人说', '神不知鬼不觉', '算不?到我', CONCEAL_OWN,
]);
/** The asker as the one wronged (被人骗了, 他伪造了我的签名): then hiding is what the other side did. */
export const WRONGED = `(?:被|遭)(?:人|他|她|别人)?${alt(['骗', '打', '偷', '伪造', '冒', '定位', '跟踪', '拍', '查'])}|${alt(['他', '她', '别人', '有人', '人家', '对方'])}[^,.!?;]{0,6}?${alt(['骗', '伪造', '冒充', '偷', '毒', '装', '拍', '打'])}[了过]?我`;
/** At the start of the act's clause, a subject other than the asker: the act is suffered, not asked for. */
export const SOMEONE_ELSE = `^(?:我的?|俺的?|我家的?|俺家的?)?${alt(['别人', '他', '她', '对方', '有人', '人家', '某人', '老公', '老婆', '媳妇', '丈夫', '妻子', '邻居', '村干部', '亲戚', '前妻', '前夫', '派出所', '警察'])}`;
/** Checking, not doing: 怎么证明遗嘱是伪造的, 怎么辨别假证明. */
export const CHECKING = alt(['检查', '防止', '防范', '避免', '预防', '证明', '鉴定', '辨别', '识别', '分辨', '判断', '看出', '知道', '查出', '发现', '确认', '怀疑', '认定', '是不是', '是否', '真假']);

export type WrongKind = 'forgeWill' | 'forgeOfficial' | 'forgePrivate' | 'poisonAnimal' | 'harmPerson' | 'evade' | 'track' | 'fraud' | 'coverUp' | 'poach';
export type ActKind = 'forge' | 'harm' | 'evade' | 'track' | 'fraud' | 'poach';

/** The acts of each kind; which forgery or harm it is depends on what the question names (wrongdoing.ts). */
export const ACTS: readonly (readonly [ActKind, readonly string[]])[] = [
  ['forge', FORGE_ACTS],
  ['harm', [POISON, INTO_FOOD, MADE_TO, HURT, `${HURT_HIDDEN}(?=.*${CONCEAL})`, NO_MARK, PLANNED_HARM, `毒[^,.!?;]{0,4}?${ANIMAL}`, `用(?:点|些)?${DRUG}`,
    // Wished, not told: 鱼一夜就翻白 (猪病死了 happened).
    `${ANIMAL}[^,.!?;]{0,8}?${ANIMAL_END}(?!了)`, `让它[^,.!?;]{0,3}?${ANIMAL_END}`]],
  ['evade', EVADE],
  ['track', TRACK],
  ['fraud', FRAUD],
  ['poach', POACH],
];

export const REFUSALS: Record<WrongKind, string> = {
  forgeWill: '伪造、篡改遗嘱是违法的：伪造的遗嘱无效（《民法典》第一千一百四十三条），继承人伪造、篡改遗嘱情节严重的，丧失继承权（《民法典》第一千一百二十五条）。这个忙我不能帮。遗产怎么分，可以找村调解员或拨打12348问正当办法。',
  forgeOfficial: '伪造公章、证明、证件是违法的，情节严重的构成犯罪（《刑法》第二百八十条，《治安管理处罚法》第六十三条）。这个忙我不能帮。需要证明的，请到出具的单位（村委会、派出所等）如实申请。',
  forgePrivate: '伪造借条、欠条、合同、签名或证据是违法的：拿去要钱可能构成诈骗罪（《刑法》第二百六十六条），拿去法院告人可能构成虚假诉讼罪（《刑法》第三百零七条之一）。这个忙我不能帮。真有借钱给人，可以凭转账记录、聊天记录、证人依法去要。',
  poisonAnimal: '毒死、弄死别人家的牲畜是违法的：故意损毁他人财物要受治安处罚（《治安管理处罚法》第五十九条），数额较大的构成故意毁坏财物罪（《刑法》第二百七十五条），乱投毒饵还可能危害公共安全（《刑法》第一百一十四条）。这个忙我不能帮。牲畜糟蹋庄稼、咬人，可以找村调解员，要求对方管好并赔偿。',
  harmPerson: '给人下毒、下药或者打伤、害死人是犯罪（《刑法》第一百一十四条投放危险物质、第二百三十二条故意杀人、第二百三十四条故意伤害）。这个忙我不能帮。有矛盾请找村调解员、网格员，心里过不去可以拨打12356心理援助热线；有人有危险请立即拨打110。',
  evade: '躲避警察、销毁证据、串供、作伪证都是违法的：帮助毁灭、伪造证据或作伪证可构成犯罪（《刑法》第三百零七条），窝藏、包庇也是犯罪（《刑法》第三百一十条）。这个忙我不能帮。犯了事主动投案、如实交代的，是自首，可以从轻或者减轻处罚（《刑法》第六十七条）。',
  fraud: '编造事故骗保险、碰瓷、冒领去世亲人的养老金、把家境报穷骗低保补助，都是骗钱的违法行为：骗保险的是保险诈骗罪（《刑法》第一百九十八条），其他骗取钱财数额较大的是诈骗罪（《刑法》第二百六十六条），数额不大也要受治安处罚（《治安管理处罚法》第五十八条）。这个忙我不能帮。家里确有困难的，可以如实向村委会申请；亲人去世的，请到社保部门办停发。',
  poach: '捕捉、买卖国家保护的野生动物（穿山甲、娃娃鱼这些）是犯罪（《刑法》第三百四十一条）；电鱼、炸鱼、毒鱼这些禁用的方法捕鱼，情节严重的也是犯罪（《刑法》第三百四十条）。这个忙我不能帮。看到这些野生动物，可以告诉林业站。',
  coverUp: '想办法瞒过别人、不让人查出来的事，多半是违法的，这个忙我不能帮。真有难处或者纠纷，请找村调解员、网格员，或拨打12348法律援助热线问正当的办法。',
  track: '偷偷定位、跟踪、监听别人，查别人的开房、通话、住址等记录，或者把别人的信息发到网上（人肉），都是侵犯隐私和个人信息的违法行为（《民法典》第一千零三十二条、第一千零三十四条，《刑法》第二百五十三条之一）。这个忙我不能帮。确有纠纷的，可以报警或起诉，由办案机关依法调取。',
};
