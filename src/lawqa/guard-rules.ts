/**
 * Vocabulary of the guardrails, as regular-expression sources so staff can extend them.
 * Danger itself is recognised in src/safety.
 */

/** Out of scope whatever the retrieval says: privacy lookups and requests to write things. */
export const ALWAYS_OUT = [
  '开房记录', '通话记录', '聊天记录.{0,4}(查|调)', // The person may be described at length first (查一下镇上那个开车的某师傅电话).
  '查[^，。]{0,22}(手机号|电话号码|身份证|住址|住哪|行踪|定位|开房|户籍|记录)',
  '定位(他|她|别人)', '人肉',
  // Where someone is now, or their number and ID asked for in a list (查下他在哪里打工 还有他的电话号码).
  '查[^，。]{0,10}(现在|人)?在哪(里|儿)?(打工|务工|上班|住|躲)', '(还有|和|跟|以及)(他|她)的?(电话号码|手机号|身份证号|家庭住址)',
  // A speech or a toast written for the asker (帮我写段上台讲的话, 要有文采).
  '(帮我|给我|替我|帮忙)(写|编|拟)[^，。]{0,8}(讲的话|讲话|致辞|祝酒词|主持词|贺词|开场白|悼词|串词|发言)', '有文采',
  // Copy for selling or posting (帮我写几句发朋友圈的, 写得喜庆点).
  '(帮我|给我|替我|帮忙)(写|编)[^，。]{0,8}(朋友圈|文案|广告|广告词|宣传语|顺口溜|口号)', '写得[^，。]{0,3}(喜庆|好听|感人|煽情|吸引人)',
  // Someone else's number or address asked for without 查 (把某某家的电话号码发给我).
  '(电话号码|手机号|微信号|家庭住址|住址)[^，。]{0,3}(发给我|发我|告诉我|给我)', '(写|作|编)[^，。]{0,10}(诗|对联|祝寿|祝福语|作文|文章|演讲稿|发言稿|讲话稿|心得体会|汇报材料|倡议书|标语|段子|歌词)', '讲个?笑话', '唱(首|个)歌',
];

/**
 * A lookup suffered or told of, not asked for: the asker was tracked (有没有被别人装了定位), someone
 * else did it (新闻上说有人人肉别人…犯的啥罪), or it is told as done. These are legal questions, not
 * requests for others' records.
 */
export const PRIVACY_SUFFERED = [
  '被[^，。]{0,6}(装|定位|跟踪|监听|窃听|人肉|偷拍|查)', '(有人|别人|新闻上?|听说)[^，。]{0,4}(人肉|定位|跟踪|偷拍|查)',
  // Told as done (老公偷偷在她手机上装了定位): asked for, it would be 装个, 怎么装.
  '(装|放|安)了[^，。]{0,4}(定位|监听|窃听|摄像)',
];

/** Topics outside everyday law; a question that also has legal words (赔, 告, 犯法 …) stays in scope. */
export const OFF_TOPIC = [
  // health and medicine
  '高血压', '血糖', '血压', '糖尿病', '感冒', '发烧', '咳嗽', '头疼', '头痛', '肚子疼', '吃药', '停药', '药.{0,3}(停|吃)',
  '偏方', '中药', '打针', '挂号', '体检', '怀孕', '月子', '减肥', '失眠', '喂奶', '拉肚子',
  // weather
  '天气', '下雨', '下雪', '降温', '气温', '刮大风吗', '冰雹', '打雷', '天晴',
  // livestock and crops as husbandry, not as disputes
  '不吃食', '不吃东西', '不吃草', '肚子胀', '胀气', '发瘟', '拉稀', '母猪', '猪瘟', '鸡瘟', '兽医', '下崽', '配种', '饲料怎么', '喂什么', '病虫害', '施肥', '打什么药',
  '缺肥', '(撒|追|施|上)(哪样|什么|啥子?)肥', '叶子(发黄|黄了|枯黄)', '烂根',
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
  '(养老保险|医保|医疗保险|新农合|社保|合作医疗|低保|补贴|补助|养老金)[^，。]{0,12}(交多少|缴多少|多少钱|交好多|缴好多|好多钱|交几多|几多钱|几档|哪一档|档次|最低一档|标准是|领多少|发多少|能领|涨)',
  // Farm subsidies by the mu (退耕还林, 种粮补贴 …): how much and when they are paid is set locally.
  '(退耕还林|种粮补贴|粮食补贴|粮补|地力补贴|地力保护|公益林|生态补偿|农机补贴|危房改造|直补)[^，。]{0,12}(多少|好多钱|几多钱|标准|啥时候发|什么时候发|几时发|哪天发|哪个月发)',
  '(养老保险|医保|医疗保险|新农合|社保|合作医疗|低保|养老金|残疾证|特困|五保|临时救助)[^，。]{0,10}(怎么交|咋交|怎么缴|在哪交|去哪交|啥时候交|什么时候交|哪天截止|啥时候截止|什么时候截止|几号截止|怎么申请|咋申请|如何申请|怎么办理|咋办理|去哪办|在哪办|怎么报销|咋报销|报销比例|能报多少|需要什么材料|要什么材料|要啥材料|什么条件|啥条件)',
];

/** Words that make a question a legal one even when it mentions health, animals or weather. */
export const LEGAL_SIGNAL = [
  '赔', '告', '法院', '起诉', '犯法', '违法', '合法', '法律', '报警', '派出所', '纠纷', '责任', '负责', '判', '坐牢', '拘留',
  '邻居', '隔壁', '合同', '借', '欠', '偷', '打人', '骂', '离婚', '继承', '赡养', '抚养', '承包', '宅基地', '征地', '补偿',
  // Eaves and wall feet are where two houses meet: rain on them (下雨全淌到我家) is a neighbour's matter, not the weather.
  '屋檐', '房檐', '墙根', '墙脚',
  '压塌', '压坏', '压死', '砸坏', '砸死', '冲坏', '毁了', '工钱', '工资', '老板', '骗', '权利', '有权', '能不能要', '要回来', '调解', '仲裁', '保险公司', '假货', '假的', '假冒', '卖过期', '过期的', '变质', '三无', '退钱', '退货',
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
