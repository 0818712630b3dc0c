/**
 * Vocabulary of the guardrails, as regular-expression sources so staff can extend them.
 * Danger rules must catch danger *now*; a question about past events (打了好几年了) is not urgent.
 */

/** Self-harm: always urgent. */
export const SELF_HARM = [
  // 生活不下去 / 日子过不下去 are hardship, not a wish to die.
  '想不开', '(?<![生日子过])活不下去', '不想活', '不活了', '活着没意思', '活着没劲', '寻死', '轻生', '自杀', '一了百了',
  '喝农药', '农药.{0,6}(买|备|准备|喝)', '(买|备|准备)[^，。]{0,6}农药', '跳河', '跳楼', '跳崖', '上吊', '割腕',
  '吃安眠药', '安眠药.{0,4}(攒|买)', '死了算了', '不如死了',
];

/** Someone else's self-harm heard about, not the asker's own (urgent only with 我/俺 in the question). */
export const OTHERS_PAST = ['(听说|有人|别人|他家|她家|邻居|村里)[^，。]{0,10}(自杀|喝农药|跳河|上吊|跳楼)[^，。]{0,3}了'];

/** A clause about the past: its threats and beatings are history, not danger now. */
export const PAST = ['以前', '之前', '过去', '当年', '那时', '曾经', '年前', '去年', '前年', '小时候'];
/** "现在不打了": the violence has stopped. */
export const NEGATED = ['(不|没|没有|别)(再)?(打|揍|砍|掐|踢|抽)'];

// "杀了他家的狗" is about an animal, not a person.
const NOT_ANIMAL = '(?!家的?(狗|猫|猪|鸡|鸭|鹅|牛|羊))';

/** A threat to kill or maim: urgent even when it has not happened yet. */
export const KILL_THREAT = [
  '弄死', '整死', '砍死', '捅死', `杀了(你|我|俺|他|她)${NOT_ANIMAL}`, '杀(你|我|俺)全家', `要杀(了|死)?(你|我|俺|他|她|人)${NOT_ANIMAL}`, '杀人',
  '打死(你|我|俺|他|她)', '要(你|我|俺|他|她)的?命', '同归于尽', '灭门', '放火烧', '炸死', '泼汽油', '(浇|泼)[^，。]{0,3}汽油',
];

/** A weapon in hand. Urgent together with NOW or a threat. */
export const WEAPON = ['拿刀', '拎刀', '持刀', '提刀', '菜刀', '砍刀', '动刀', '刀子', '斧头', '拿枪', '猎枪', '拿棍', '铁棍', '锄头', '板凳', '砖头'];

/** Someone is being hurt right now. */
export const VIOLENCE_NOW = [
  '(正在|又在|还在|在屋里|在家里|现在)[^，。？！]{0,6}(打|揍|砍|掐|踢|抽)', '追着[^，。]{0,3}打', '(在|还在)[^，。]{0,4}后头追',
  '打得[^，。]{0,6}(流血|出血|爬不起|起不来|晕|昏)', '救命', '往死里打', '掐(我|俺)脖子', '关在屋里打', '把(我|俺)绑',
  '往车里(拽|拉|塞|拖)', '(抢|拐|抱)走[^，。]{0,3}(娃|孩子|小孩)', '绑架', '人贩子', '头破血流',
  // A child taken or missing now: 孩子被拐了, 娃不见了.
  '(娃|孩子|小孩|儿子|闺女|女儿)[^，。]{0,4}(被拐|被(人)?(抢|抱|带)走|不见了|找不到了)',
];

/** A child is being beaten (by anyone): urgent when it is happening, or severe. */
export const CHILD_HARM = ['(打|抽|揍|踢)(娃|孩子|小孩|儿子|闺女|女儿)', '(娃|孩子|小孩)[^，。]{0,6}(被打|挨打|被抽|被揍)'];
export const CHILD_NOW = ['又在', '正在', '还在', '皮带', '棍子', '救命', '哭着', '哭喊', '喊', '流血', '哑了', '不敢回家'];

/** A crowd about to block a road or besiege an office: urgent for public safety. */
export const CROWD = ['(堵|拦|封|占)[^，。]{0,4}(国道|公路|高速|马路|大路|路口|政府|大门|镇上|县里)', '(国道|公路|高速|马路|大路|路口|政府|大门)[^，。]{0,3}(堵|拦|封)', '聚众', '围攻', '围堵', '打群架', '械斗'];
export const CROWD_SOON = ['明天', '今天', '今晚', '马上', '约好', '约了', '一起去', '号人', '几十', '好多人', '都去', '喊(我|俺)'];

/** Out of scope whatever the retrieval says: privacy lookups and requests to write things. */
export const ALWAYS_OUT = [
  '开房记录', '通话记录', '聊天记录.{0,4}(查|调)', '查[^，。]{0,8}(手机号|电话号码|身份证|住址|住哪|行踪|定位|开房|户籍|记录)',
  '定位(他|她|别人)', '人肉', '(写|作|编)[^，。]{0,10}(诗|对联|祝寿|祝福语|作文|文章|演讲稿|段子|歌词)', '讲个?笑话', '唱(首|个)歌',
];

/** Topics outside everyday law; a question that also has legal words (赔, 告, 犯法 …) stays in scope. */
export const OFF_TOPIC = [
  // health and medicine
  '高血压', '血糖', '血压', '糖尿病', '感冒', '发烧', '咳嗽', '头疼', '头痛', '肚子疼', '吃药', '停药', '药.{0,3}(停|吃)',
  '偏方', '中药', '打针', '挂号', '体检', '怀孕', '月子', '减肥', '失眠', '喂奶', '拉肚子',
  // weather
  '天气', '下雨', '下雪', '降温', '气温', '刮大风吗', '冰雹', '打雷', '天晴',
  // livestock and crops as husbandry, not as disputes
  '不吃食', '不吃东西', '拉稀', '母猪', '猪瘟', '鸡瘟', '兽医', '下崽', '配种', '饲料怎么', '喂什么', '病虫害', '施肥', '打什么药',
  '怎么种', '产量', '赶紧收',
  // politics and news
  '总书记', '国家主席', '台湾', '中美', '战争', '打仗', '政党', '新闻',
  // lottery, fortune, sport, recipes
  '彩票', '算命', '风水', '属相', '星座', '怎么做菜', '菜谱', '比赛', '球赛',
];

/** Greetings and chit-chat: the whole message, or talk about the bot itself. */
export const CHAT = [
  '^(你好|您好|哈喽|嗨|hi|hello|在吗|在不在|早上好|晚上好|谢谢|多谢|谢了|好的|收到|嗯+|哦+|ok)[呀啊呢吗哈！!。.~]*$',
  '你是谁', '你叫什么', '你是机器人', '你是真人', '吃了吗', '无聊', '聊聊天', '陪我聊', '讲故事',
];

/**
 * Amounts of policy benefits, and how to apply for or use them: set by local government, not found
 * in statutes (a question about being refused or cut off unfairly is a legal one and stays).
 */
export const POLICY_AMOUNT = [
  '(养老保险|医保|医疗保险|新农合|社保|合作医疗|低保|补贴|补助|养老金)[^，。]{0,12}(交多少|缴多少|多少钱|几档|哪一档|档次|最低一档|标准是|领多少|发多少|能领|涨)',
  '(养老保险|医保|医疗保险|新农合|社保|合作医疗|低保|养老金|残疾证|特困|五保|临时救助)[^，。]{0,10}(怎么交|咋交|怎么缴|在哪交|去哪交|怎么申请|咋申请|如何申请|怎么办理|咋办理|去哪办|在哪办|怎么报销|咋报销|报销比例|能报多少|需要什么材料|要什么材料|要啥材料|什么条件|啥条件)',
];

/** Words that make a question a legal one even when it mentions health, animals or weather. */
export const LEGAL_SIGNAL = [
  '赔', '告', '法院', '起诉', '犯法', '违法', '合法', '法律', '报警', '派出所', '纠纷', '责任', '负责', '判', '坐牢', '拘留',
  '邻居', '隔壁', '合同', '借', '欠', '偷', '打人', '骂', '离婚', '继承', '赡养', '抚养', '承包', '宅基地', '征地', '补偿',
  '工钱', '工资', '老板', '骗', '权利', '有权', '能不能要', '要回来', '调解', '仲裁', '保险公司', '假货', '假的', '假冒', '退钱', '退货',
];

/** Attempts to change the bot's instructions or pull out internal data. */
export const INJECTION = [
  '忽略[^，。]{0,6}(指令|规定|设定|要求|规则|提示)', '无视[^，。]{0,6}(指令|规定|规则)', '别管你那些', '不要管你的',
  '提示词', '系统提示', 'prompt', 'system', '你的(设定|指令|规则|配置)', '扮演', '你现在是', '越狱', 'jailbreak',
  '开发者模式', '(列出|导出|告诉我|发给我|给我看)[^，。]{0,8}(所有|全部|全村|名单|台账|数据|记录|电话|纠纷)',
  '所有[^，。]{0,4}(纠纷|台账|名单|人的电话|网格员)', '数据库', '后台', '管理员密码', '源代码',
];

/** First-person words and the signs of a dispute with someone: the question is the asker's own case. */
export const FIRST_PERSON = ['我', '俺', '咱', '自家', '自己家', '我们', '俺们'];
export const DISPUTE_SIGN = [
  '邻居', '隔壁', '他家', '她家', '对方', '村里', '老板', '包工头', '前夫', '前妻', '老公', '男人', '媳妇', '老婆', '婆婆',
  '公公', '兄弟', '哥', '弟', '亲戚', '欠', '不还', '不给', '不让', '不管', '霸占', '占了', '堵', '吵', '打', '骂', '闹',
  '拖', '赖', '撞', '骗', '纠纷', '矛盾', '争',
];
