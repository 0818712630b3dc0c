/**
 * Word classes of the consultation reading (consult.ts), as regular-expression sources: what says a
 * danger is going on, what says a harm is finished, and what a legal question asks at its end.
 */

/** Something going on now or about to: any of these keeps the message as it reads. */
export const GOING_ON = [
  '正在|还在|又在|现在又|现在还|马上|立刻|此刻|这会|眼下|刚刚|刚才|今晚|等下|等会|就在|躲在|藏在|打不通|到处找',
  '在(?:我|俺)?们?家?(?:门口|楼下|院子|院坝|屋外|窗外)|门口(?:守|堵|转|等|站|蹲|坐)|(?:堵|守|围|蹲|等)在|追到|找上门|在[^，。\\s]{0,4}(?:闹|吵|骂|砸|守|转|堵)',
  '(?:堵|守|追|拿|举|提|拎|揣|握|挥|拽|按)着|在(?:流|冒|烧|漏|打|追|砍|砸|闹|堵|守|吐)|止不住|不停|叫不醒|喊不应|没反应|昏迷|喘不',
  '又(?:来|打|拿|追|闹|砸|要|说|扬言|开始|动手|找)|还(?:拿|举|提|拎|要|说|扬言|守|堵|追|打|在|没醒|昏|不醒|会)(?![^，。\\s]{0,4}过)',
  '现在[^，。\\s]{0,3}(?:拿|举|提|在(?!医院|(?:我|俺)?(?:妈|娘|爸|姐|哥|亲戚|朋友|同学)家|娘家)|守|堵|追|打|砍|闹|昏|不醒|还)|乱(?:砍|捅|打|砸)|(?<![下上出起过回进])来(?:堵|找|闹|守|骚扰|打|砸|追)',
].join('|');
/** Held: a confinement told is going on, unless the person is out again (回来, 跑出来, 放了). */
export const HELD = '关在|锁在|困在|关着|锁着|出不去|不(?:让|准|放)(?:我|俺|人)?(?:走|出)';
export const RELEASED = '回来|回家|放出来|跑出来|逃出来|出来了|放了|接回|放(?:我|俺|他|她|人)?(?:走|出来|回)';
/** A threat stays a threat, whenever the harm before it was done. */
export const THREAT =
  '扬言|放话|威胁|说要|喊着要|(?:要|想|准备)(?:去|来)?(?:杀|砍|捅|弄死|打死|整死|烧|炸|毒|收拾|报复|算账)|(?:弄|打|整|砍|搞)死(?:你|我|他|她|俺|全家)|报复|不放过|等着瞧|走着瞧|拼命';
/** Dying spoken of now. */
export const SELF = '不想活|想死|活不下去|活着没意思|自杀|轻生|寻死|死了算了|不活了';
/** An unresolved state, chronic only when it has lasted months or years. */
export const STILL = '到现在|至今|一直没|还没(?:找到|回来|回家|消息|联系上)|还是?(?:找不到|联系不上)';

/** What a consultation asks at its end: who is liable, who pays, where to go, what the law says. */
export const ASK = [
  '要不要(?:负责|赔|出|管|坐牢|判|办)|负不负责|谁负责|要负责|负什么责|什么责任|责任|赔不赔|该不该赔|该赔|要赔|赔多少|怎么赔|谁赔|能赔|赔偿|索赔|医药费',
  '不认账|不认|不赔|不出钱|一分钱?都?不出|一分不出|赖账|推脱|耍赖|不管|不关(?:他|她|我|他们|她们)的?事|不承认',
  '怎么(?:整|办|弄|处理|算|离|告|分|要)|咋办|找哪里|找谁|找哪个|哪里(?:办|告|管|申请|能)|去哪',
  '是不是|能不能|可不可以|可以(?:吗|不|么)|行不行|会不会|要不要|该不该|有没有|案底|会被判|判(?:死刑|几年|多久|刑)|坐牢|犯法|违法|合法|犯罪|什么罪|算不算|算(?:什么|啥)',
  '有没有(?:用|效|责任|权)|手续|要办|起诉|告他|打官司|法院|离婚|离得|宣告|请求|主张|权利|归谁|有我的份|处罚|追究|申请',
  // A yes-no question on what one may do or get: 能找到吗, 该赔不, 够不够.
  '(?:能|可以|该|会|要|有|够)[^，。\\s]{0,8}(?:吗|不|没|么|嘛)$|够不够',
].join('|');
/** The law's consequences asked about in the abstract: 十五岁的娃偷东西要坐牢不, 喝酒开车撞了人算什么罪. */
export const LAW_CONSEQUENCE = '判|刑|罪|犯法|违法|责任|处罚|坐牢|追究|赔|合法';

/** A harm told as treated and paid for: 住了半个月院, 缝了五针, 花了一千多 (the finish a child's danger may have). */
export const TREATED = [
  '住了[^，。\\s]{0,6}院|住(?:了)?院(?:了|花|[\\d一两三四五六七八九十几半])|出院|在医院|缝了[^，。\\s]{0,4}针|花了[^，。\\s]{0,8}(?:钱|块|元|万|千|百|多)',
  '医药费|医疗费|治疗费|拍了?片|做了[^，。\\s]{0,2}手术|打了?石膏|验了伤|验伤|鉴定(?:了|是|为|出)|轻伤|重伤|轻微伤|伤残|伤好了|好了以后|工伤',
  '(?:垫|赔|给|付|出)了[^，。\\s]{0,4}(?:[\\d一两三四五六七八九十百千万几]+|钱|块|元|医药费)',
].join('|');
/** A harm told as finished: treated, paid for, handled by the police, or slight and over. */
export const FINISHED = [
  TREATED,
  '做了?笔录|立了?案|报了警|报过警|(?:派出所|警察|交警)[^，。\\s]{0,4}(?:叫|喊|通知|来过|处理|调解|定责|认定|扣)|全责|拘留了',
  '起了?个?包|擦破(?:了)?(?:点)?皮|青了一块|红了一片|肿了[^，。\\s]{0,2}(?:天|几天)',
  // Apart now: the one who did it is out of the writer's life (分手了, 离了, 搬出来了).
  '分手了|离婚了|离了婚|已经离了|分开了|不在一起了|搬出来了|搬走了|回娘家(?:了|住)|(?:在|回|到)(?:我|俺)?(?:妈|娘|爸|姐|哥|亲戚|朋友)家(?:睡|住|了)',
  // A time of the event set off by 的时候 (地震的时候, 开会的时候): that time, not now.
  '的时候|那时候|那会儿',
].join('|');
/** Property damaged and done with (把我家的秧苗全挖了, 把我家灶房砸垮了): a dispute over things, not a person at risk. */
export const PROPERTY_DONE =
  '把[^，。\\s]{0,6}(?:秧|苗|庄稼|菜|玉米|包谷|稻|麦|树|竹|田坎|田埂|坟|墙|车胎|车|水管|电视|门|窗|锁|房|屋|棚|圈|灶)[^，。\\s]{0,4}(?:挖|铲|锄|割|砍|拔|踩|毁|砸|压|吹|剪|划|撬|拆|推)(?:了|掉|烂|断|坏|倒|垮|塌)';
/** A standing problem asked about (喝醉了就打人, 天天打电话来骂): not this moment's. */
export const STANDING = '(?:喝醉|喝多|喝了酒|吃了酒|一喝酒|发酒疯)了?就|天天|经常|老是|总是|动不动|隔三差五|三天两头';
/** Settled now, whenever the harm was: 现在好好的, 人没事. */
export const SETTLED = '现在好好的|现在没事|人没事|都好了|早好了|早就好了';
/** 那回, 那阵: a time back then that the segments do not date (说要喝农药那回): its clause tells of no now. */
export const BACK_THEN = '那回|那一回|那一次|那阵子?|那段时间|那几天';
/** A date set against the story (上次还被打得住了院): two events, the other one maybe now. */
export const DATED = '上次|上回|那回|那次|那年|当时|去年|前年|以前|之前|后来';
/** Months or years: a harm or an absence that long ago is history, or a chronic matter. */
export const LONG = '(?:[数几两三四五六七八九十多一半\\d]+|好几|好多)(?:年|个月)(?:前|了|多|没|都|来)|多年|这些年|年前';
/** Someone gone: with months or years, an adult who left; with today, a person missing now. */
export const GONE = '找不到|找不着|没消息|没音讯|联系不上|失联|不见|停机|关机|没回来|不回来|不接';
export const RECENT = '今天|今早|今晚|早上|上午|下午|晚上|昨天|昨晚|前天|刚|小时|钟头|半天|一天一夜|两天';
