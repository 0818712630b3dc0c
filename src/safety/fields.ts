/**
 * Fields of meaning the event frames are built from (frames.ts): each names one part of an event
 * (who is hurt, how, what state they are in, whether it is about to happen), never a sentence.
 * A township extends a field by adding words to it.
 */
import * as W from './words.js';

export const CHILD = W.CHILD;
/** Someone who can be hurt: pronouns, kin, roles (words.PERSON), children, 男的 and 女的. */
export const WHO = `(?:${W.PERSON}|${W.KIN}|${CHILD}|女的|男的|女人)`;
/** The person 把 puts under a blow, themselves or their kin (把我家的娃, 把他家七岁的娃娃), not their wall, cow or phone (把我手机砸了). */
export const HELD = `(?:${W.AGE}?${WHO}们?(?:家?的?${W.AGE}?${WHO})?(?!家|的|${W.THING}(?!牙)))`;
/** A blow of any kind, the dialect ones included (摁, 招呼, 抡). */
export const BLOW = '(?:扭打|敲|闷|咬(?:下|掉|住)|推(?:下|倒|到)|打|揍|踢|踹|捶|锤|砸|抽|扇|掐|勒|摁|按|撞|磕|摔|揪|捅|砍|戳|扎|薅|抡|招呼|一顿|乱(?:捶|打|砸|踢|抽))';
/** 按 as "according to" a local custom (按我们这边规矩给彩礼, 按他们寨子的风俗: the place in between), not a hand pressing anyone down. */
const BY_CUSTOM = '们?[^，。]{0,4}(?:规矩|习俗|风俗|习惯|讲究)';
/** A blow that lands on a person: 把他婆娘摁在地上, 被人捅了, 踹我, 扇耳光 (the slap names the face) (not 打他电话). */
export const BLOW_ON_WHO = `${BLOW}(?:了|着)?(?:${WHO}的?)?(?:脑壳|脑袋|头|脸|肚子|背|腰|胸口|眼睛|嘴|下身|耳光|巴掌|耳刮子|嘴巴子)|[两三四五几]个(?:人)?(?:打|揍|围)一个|(?:把|(?:抓|揪|拽|扯|按|摁)(?:起|住|着)?)${HELD}[^，。]{0,10}${BLOW}|(?:围|按|堵|摁)(?:起来|着|住)[^，。]{0,2}(?:打|揍|踢|捶)|被[^，。]{0,6}${BLOW}(?!架|算|针|工|牌)|${BLOW}(?:了|着)?${WHO}(?!的?(?:电话|手机|视频|微信|招呼)|们?的(?!脸|头|腿|手|背|身|肚|眼|嘴)|${BY_CUSTOM})`;
/** What a hurt body looks or sounds like right now. */
export const HURT = '(?:动不了|血(?!压|糖|脂|型)|伤|肿|晕|昏|断了|破了|青了|紫了|抬不起|起不来|站不起|动不了|爬不起|肉[^，。]{0,2}翻|口子|骨头|睁不开|看不见|变形|弯成|不吭声|嗷嗷|惨叫|叫得[^，。]{0,2}惨|好惨|哭喊|直哭|求饶|喊救命|别打了|护着头|抱着头|护住头|趴在|倒在)';
/** It is going on or has just happened (a result still there): 一直, 还在, 不停, 刚. */
export const GOING_ON = `(?:${W.NOW}|越来越|一直|不停|还在|又在|在(?:冒|流|淌|喷|打|追|砸|踢|喊|哭)|刚|已经)`;
/** A cry for help or fear (怎么办 alone is every legal question's ending, so it is not one). */
export const DISTRESS = '(?:救救|救命|快来|来人|帮帮我|怎么办啊|好害怕|好怕|害怕|吓死|快叫|快报警|拉不住|拦不住|拉都拉不|拉不开|喊不住|劝不住|劝不开)';
/** Saying one will hurt someone, often a step away: 要来收拾我, 说要废了他, 回来弄死你. */
export const HURT_INTENT = `(?:要|说要|扬言|放话|喊着?要|准备|等下|回来|过来|迟早)[^，。]{0,4}(?:来|去)?(?:收拾|弄|整|打|砍|捅|教训|废|剁)(?:死|残|了|掉)?(?:我|俺|你|他|她)(?:们|全家|一家)?`;
/** Taken somewhere by force: 把我弟拖到河坝那边去了. */
export const FORCED_AWAY = `把${HELD}[^，。]{0,2}(?:拖|拽|拉|架|押|绑|扛|弄)(?:到|去|走|进)`;
/** Armed: a weapon taken out, taken down or held (猎枪从柜子里翻出来了, 把墙上的枪取下来了). */
export const ARMED = `(?:有|藏着?|带着?|揣着?)(?:一)?把[^，。]{0,2}(?:刀|斧|枪|匕首)|(?:藏着?|带着?|揣着?|拿着|提着|抱着)[^，。]{0,8}(?:炸药|雷管|炸弹)|把一把[^，。]{0,3}(?:刀|斧|枪)[^，。]{0,3}(?:拍|摔|插|亮|戳)在|${W.HOLD}[^，。]{0,10}${W.WEAPON}|${W.WEAPON}[^，。]{0,8}(?:翻|拿|掏|拔|抽|亮|取|找|拖|拽|扯|摸|搬|提)(?:出来|下来)|${W.WEAPON}[^，。]{0,6}(?:拿着|握着|攥着|捏着|举着|拎着|提着)`;
/** What the armed one says they will do to someone, often on a condition (不给钱就动手). */
export const MENACE = `(?:晃|转|挥)来(?:晃|转|挥)去|比划|比画|比着|乱挥|瞄(?:着|到|准)|对准|(?:谁|哪个)[^，。]{0,6}就[^，。]{0,3}(?:扎|砍|捅|戳|割|打|弄|砸|射)|在[^，。]{0,8}(?:外面|门口|楼下)(?:晃|转|等|守)|等[^，。]{0,4}(?:回来|出来|出门|下班|放学)|坐在[^，。]{0,4}门|守在|堵在|算[^，。]{0,2}账|拼命|拼了|报仇|(?:要|去)[^，。]{0,3}找[^，。]{0,6}(?:${W.PERSON}|家|算|拼)|收拾|${W.KILL}(?:了|死)?${W.PERSON}|同归于尽|不放过|(?:就|要|敢|再)[^，。]{0,2}动手(?![^，。]{0,2}(?:拆|修|做|干|挖|砍|杀|宰|种|收|装|搬))|到处(?:问|找|打听)|打听[^，。]{0,4}(?:住|在哪)|问[^，。]{0,4}住哪`;
/** When a threat is to be carried out: soon enough that help is needed now. */
export const SOON = '(?:今晚|晚上|等下|等会|马上|一会|明天|天黑|回来|在来的路上|在路上|过来了|等着|上门|出门了|到了)';
/** Suffering that makes life not worth going on. */
export const SUFFERING = '(?:活着[^，。]{0,3}(?:苦|累|难|没意思|受罪|没盼头|没用)|撑不住|熬不下去|撑不下去|受不了了|没活路|走投无路|拖累|不想[^，。]{0,6}(?:添麻烦|添负担|连累|拖累)|(?:就|再也|以后)?不(?:再)?(?:麻烦|拖累|连累)(?:哪个|谁|你们|大家|任何人)了)';
/** Going away as a way of dying: 想去陪我妈, 跟他们作伴, 解脱. */
export const GOING_AWAY = '(?:不想回(?:去|家|来)了|(?:一起|一块|一路)(?:走|去死|死)|想去|要去|去陪|陪[^，。]{0,3}去|作伴|团聚|解脱|了断|一了百了|走了算了|不如走了|先走一步|寿衣|后事|遗书|(?:我|他|她)不在了)';
/** Words of farewell, and then nobody can reach them. */
export const FAREWELL = '(?:这辈子就(?:到这|这样)|道(?:过|个)?别|告别|(?:全部?|都)(?:送|送给|留给|给)你了?|(?:全部?|都)留给(?:我|俺)了?|到此为止|再也不回来|(?:再也|永远)不回(?:来|家)了|最后一(?:条|次|面|句|回|趟)|(?:再也|以后)不会[^，。]{0,3}(?:烦|打扰|麻烦|拖累)|留了?[^，。]{0,3}(?:纸条|字条|信|遗书)|照顾好|交代|永别|再见了|遗书|对不起(?:大家|你们|爸妈)|下辈子|最后一面|遗言|(?:存折|钱|卡)[^，。]{0,4}(?:交给|分好)|(?:我|他|她)不在了|好好过)';
/** Dependants or secrets handed over: 娃就拜托你们带大了, 存折密码写在本子上. */
export const ENTRUST = '(?:(?:拜托|麻烦)[^，。]{0,6}(?:带大|照顾|照看|养大|管好|看好)|(?:存折|银行卡|卡)的?密码|密码[^，。]{0,4}(?:写在|放在|夹在))';
export const GONE = '(?:在哪都不知道|不知道(?:人)?在哪|不晓得(?:人)?在哪|找不到|找不着|不见|联系不上|不接|没人接|打不通|关机|没回来|没影|出门了|(?:然后|之后|再)就?不回了|不回(?:消息|信息|微信))';
/** Where people stand to jump, and the edge of it. */
export const AT_EDGE = '(?:在[^，。]{0,3}(?:大桥|桥|楼顶|顶楼|天台|崖|坝|水库)(?:上|边)?(?:了|吹风|坐着|站着)|(?:车|摩托|三轮)[^，。]{0,4}(?:开|骑|停|冲|推)(?:到|在|上)[^，。]{0,6}(?:水库|河|江|崖|悬崖|桥|坝|塘|岩|坎)|(?:站|坐|爬|蹲|翻)(?:在|到|上|过)[^，。]{0,4}(?:楼顶|天台|桥|崖|房顶|屋顶|栏杆|窗台|护栏|坝|水库边|河边|河坎|河堤|江边|塘边|坎上|井边)|(?:跑|冲|走|爬)(?:到|上)[^，。]{0,3}(?:楼顶|天台|房顶|屋顶)|(?:栏杆|护栏|窗户?|阳台)(?:外|外头|外面|外边)|(?:腿|脚|身子|半个身子)[^，。]{0,3}(?:跨|伸|探|翻)出去|在[^，。]{0,6}(?:楼顶|天台|桥|崖|房顶|屋顶|栏杆|窗台|护栏|阳台|坝|水库|河边|井边)[^，。]{0,3}(?:站|坐|蹲)(?:着|了))';
/** Nobody can bring them back: 谁劝都不听, 不肯下来. */
export const WONT_COME = '(?:(?:别|莫|不要)(?:跟我)?(?:劝|讲道理|管我)|(?:油门|一踩|一冲|一脚)[^，。]{0,3}(?:就|直接)?(?:冲)?下去|冲下去|开下去|就跳|对不起|再见|劝|拉不|不肯下|不下来|不听|要跳|往下跳|哭着?说|喊着)';
/** A parting word, however it is typed (拜拜, 保重, bye, 886): said by a drop and then out of reach, a goodbye to life. */
export const PARTING = '(?:拜拜|再见|永别|保重(?!身体)|bye|886|下辈子|来世|来生)';
/** A plain reason to be by the water or out of reach (钓鱼, 散步, 没信号, 没电): a walk and a flat battery. */
export const PLAIN_ABSENCE = '钓鱼|散步|遛|锻炼|跑步|拍照|旅游|上班|干活|放牛|放羊|洗衣服|没信号|信号不好|没电|没得电';
/** Being at a drop or deep water, said plainly (他在水库坝上, 去了后山崖边, 从楼顶往下看): alone, often a walk or a way home. */
export const BY_DROP = '(?:在|去了?|到了?|跑到|走到|从)[^，。]{0,4}(?:大桥|桥|楼顶|顶楼|天台|崖|坝|水库|河边|江边|河堤|塘边|井边)';
/** Ways of killing oneself. */
export const SELF_METHOD = '(?:自焚|点了自己|烧死自己|往自己身上[^，。]{0,2}(?:浇|泼|倒)|跳河|跳楼|跳崖|跳水库|跳井|跳江|喝农药|喝药|上吊|割腕|卧轨|吃安眠药|服毒|寻死)';
/** Saying one will do it, or a condition that triggers it: 不离婚就跳河. */
export const WILL = '(?:就|要|想|扬言|说|准备|威胁|非要|干脆)';
/** A poison told by what it kills (闹老鼠的药, 打虫的那种药). */
export const PEST_DRUG = '(?:打|喷|杀|除|治|闹|毒|灭)(?:菜|虫|草|田|庄稼|果树|秧|老鼠|耗子)[^，。]{0,2}(?:的|那种|那个)[^，。]{0,2}药';
/** Poisons a person can swallow. */
export const POISON = `(?:农药|${PEST_DRUG}|敌敌畏|百草枯|草甘膦|除草剂|老鼠药|耗子药|灭鼠药|毒鼠强|毒药|洗衣液|洗洁精|洗发水|消毒液|漂白|清洁剂|杀虫剂|驱虫药|机油|汽油|柴油|煤油|酒精|(?:一大?把|一整?瓶|半瓶|好多|一板|整板|全部|几十)[^，。]{0,3}(?:安眠药|降压药|药片|药))`;
/** What a small child swallows that is not food. */
export const OBJECT = '(?:电池|硬币|纽扣|珠子|钉子|磁铁|干燥剂|别针)';
/** Swallowed (吃了, 喝下去, 当饮料喝). */
export const SWALLOW = `(?:(?:喝|吃|吞|舔|咽)(?:了|下|下去|进去)[^，。]{0,6}${POISON}|(?:${POISON}|${OBJECT})[^，。]{0,8}(?:喝|吃|吞|舔|咽)(?:了|下|进|一口|几口)|(?:安眠药|降压药|药片)[^，。]{0,4}(?:全|都)(?:吃|吞|喝)了)`;
/** Food that can poison: wild mushrooms, greens, food gone off, an unknown drink. */
export const RISKY_FOOD = '(?:(?:蘑菇|菌子|野菜|野果|剩饭|剩菜|药酒)[^，。]{0,6}吃了|(?:吃|喝)了?[^，。]{0,8}(?:蘑菇|菌子|野菜|野果|剩饭|剩菜|饭|菜|席|肉|酒|东西|草药|偏方|饮料|水))';
/** Signs of a body poisoned or failing: more than a little dizziness. */
export const SICK = '(?:叫不起来|喊不起来|软绵绵|说胡话|胡言乱语|幻觉|看到[^，。]{0,6}小人|神志不清|迷迷糊糊|发麻|手麻|倒在|倒了|全都?吐|一直吐|吐个不停|又吐又拉|上吐下泻|站不起|起不来|口吐白沫|吐白沫|抽筋|抽搐|昏|叫不醒|喊不醒|不省人事|嘴唇发|喘不上|在抖|发抖)';
/** A child not back where they should be, and being looked for. */
export const NOT_BACK = '(?:没来过|没去过|打不通|(?:还|都)?没(?:有)?(?:回|到)(?:家|屋|学校|来)|没(?:看|见)(?:到|着)|问遍|找遍|到处找|不见|没影|联系不上|只(?:看|找)得?到一个|只回来[一两几]个|少了一个)';
export const LOOKED_FOR = '(?:打不通|没来过|到现在|天(?:都|已经)?黑|半夜|问遍|找遍|到处|都说|一直|几个小时|钟头|还没|现在)';
export const WATER_PLACE = '(?:河|塘|水库|堰|井|江|水池|水边|溪|沟)';
/** Gathering people for a fight, and what the fight is about. */
export const MOBILISE = '(?:约架|(?:推|扭|扯)起来了|推搡|掀翻|动起手来?|干一架|打一架|干仗|打群架|火拼|约好|带了?[^，。]{0,2}(?:家伙|棒|刀|棍)|到齐|喊人|叫人|摇人|召集|集合|抄家伙|拿家伙|带家伙|往这边来|冲过来|围过来)';
export const CLASH = '(?:两边|对方|吵|骂|闹|打|砸|挖|拆|抢|冲|围|推|扯|扭|堵|劝不住|拉不开|压不住)';
/** An order that keeps someone away: the court's, or the police's. */
export const KEEP_AWAY = '(?:判(?:了)?[^，。]{0,3}不(?:准|能|许)[^，。]{0,3}(?:接触|靠近|接近)|保护令|告诫书|禁止令|(?:法院|法官|派出所|警察|公安)[^，。]{0,6}(?:不能|不准|不许|禁止)[^，。]{0,4}(?:靠近|接近|接触|找|联系|骚扰|来))';
export const THERE = '(?:翻[^，。]{0,4}墙|敲[^，。]{0,4}门|进来了?|门口|蹲|守|来了|又来|找上门|上门|楼下|在来的路上|翻墙|跟着|堵|打电话|就在|在外面|窗外)';
/** A stranger or the night, and a hand on the door or window. */
export const STRANGE = '(?:喝醉的|喝多了?的|醉醺醺|(?:一个|有个|那个)[^，。]{0,4}男的|半夜|深夜|大半夜|陌生|不认识|有人|有个人|有个男的|醉汉|醉鬼|酒鬼|二流子|混混|疯子|光棍|(?:开|骑)[^，。]{0,5}车的)';
/** Lured away: called into a car, offered sweets, told to follow, or taken by someone who says they are kin (说是他叔叔). */
export const LURE = '(?:喊|叫|哄|骗|拉|招手|给)[^，。]{0,4}(?:上车|跟他走|跟着走|跟他|过去|糖|零食|钱)|(?:冒充|说是|自称)[^，。]{0,3}的?(?:舅|叔|姑|姨|伯|爸|妈|爷|奶|亲戚|家里人)';
/** Standing watch at a window or door, or lying in wait below for someone (楼下蹲我, 校门口堵她). */
export const LURKING = '(?:窗|门)[^，。]{0,3}(?:扒着|趴着|偷看|往里看)|(?:窗|门)(?:外|口|外面|外头)[^，。]{0,3}(?:站|蹲|守|转|看|晃|等)|(?:窗|门)(?:外|口|外面|外头)[^，。]{0,2}$|(?:站|蹲|守|躲)(?:在|着)[^，。]{0,6}(?:窗|门)|(?:楼下|门口|路口|宿舍|寝室|校门)[^，。]{0,2}(?:蹲|守|堵)(?:我|俺|她)';
/** It is happening again tonight: 今晚又来了. */
export const AGAIN = '(?:还不走|不肯走|今晚|今天|现在|又来了|又在|还在)';
export const AT_DOOR = '(?:拧|撬|推|敲|扒|摇|晃|踹|砸|拍)[^，。]{0,4}(?:门|窗|锁|把手)';
/** Tied to something and left there, a person not a beast: 把老人拴在门框上, 被捆在树上 (a baby bound on the back is carried). */
export const TIED = `(?:把${HELD}|${WHO}[^，。]{0,3}被[^，。]{0,6})[^，。]{0,2}(?:绑|捆|拴|吊|铐)(?:在|到|着)(?![^，。]{0,3}${W.ON_BODY})`;
/** Left so for long, exposed or past crying out: 晒了一下午, 冻了一夜, 喊都喊不出. */
export const LEFT_SO = '(?:晒|冻|淋|饿|一上午|一下午|一整天|一天|一夜|一晚上|半天|几个钟头|几个小时|好几个小时|哭不出|喊不出|叫不出|哭哑|喊哑)';
/** Clothes pulled off by force. */
export const STRIPPED = `(?:扯|扒|脱|撕|拽|解)(?:${WHO})?的?[^，。]{0,2}(?:裤|衣|裙|扣子)`;
export const CHASED = `${W.NO_BEAST_BEFORE}(?:(?:在|还在|一直|正)(?:后面|后头)?追|追(?:我|俺|她|他|着|过来|上来))`;
/** Smoke or flames, and people who cannot get out of them. */
export const SMOKE = '(?:烟[^，。]{0,6}冒出来|焦糊味|焦味|烧焦|冒[^，。]{0,4}烟|黑烟|浓烟|全是烟|一屋子?烟|火光|火苗|烧着|着起来|烧起来|爆了|爆炸)';
export const TRAPPED = '(?:腿脚不好|没人开|没人应|没人答应|腿脚不方便|走不动|行动不便|瘫|卧床|下不来|出不来|困在|被困|跑不出|里面还?有|里面还住|还在里面|人在里面|有人在里面|没出来)';
/** Gas in the house: a smell, a valve left open, people sick from it. */
export const GAS = '(?:煤气|天然气|液化气|燃气)';
export const GAS_SIGN = '(?:味|臭|没关|漏|嘶|头疼|头晕|想吐|恶心|晕)';
/** What gives off fumes indoors, and someone who will not wake. */
export const FUMES = '(?:烧炭|炭火|炭盆|烤火|煤炉|蜂窝煤|火盆|热水器|煤气|天然气)';
export const UNRESPONSIVE = '(?:(?:敲门|敲了?半天|喊门)[^，。]{0,3}(?:没人|不)(?:应|开|答应)|(?:叫|喊)不起来|(?:喊|叫)[^，。]{0,3}(?:也|都)?不(?:动|应|醒|答应)|(?:喊|叫)(?:不醒|不应|没反应)|没反应|不省人事|昏|晕倒|醒不过来|没动静|没声音|没气|没上来|不吭声|不出声)';
export const PIT = '(?:沼气池|化粪池|地窖|窨井|粪池|粪坑|红薯窖|菜窖|井下|枯井)';
/** Water rising onto homes, and people in its way. */
export const RISING = '(?:水[^，。]{0,4}(?:漫|涨|淹|冲)|漫过|漫到|涨水|发水|洪水|山洪|(?:要|快)被[^，。]{0,2}冲)';
/** Caught under something heavy. */
export const PINNED = '(?:(?:手|脚|腿|胳膊|头发|衣服|人)[^，。]{0,4}(?:绞|卷|轧)(?:进去|住|进)|(?:绞|卷|轧)(?:进去|住)[^，。]{0,3}(?:手|脚|腿|胳膊|头发)|压在[^，。]{0,4}(?:底下|下面|下头)|被[^，。]{0,4}(?:压|埋|卡|砸)(?:住|着|到|在)|(?:头|手|脚|腿|身子|脖子|人)卡在[^，。]{0,4}(?:里|下|中间))';
/** Bleeding that does not stop. */
export const BLEEDING = '(?:肠子[^，。]{0,3}出来|开了个?(?:大)?口子|好多血|一地血|满地血|全是血|血[^，。]{0,3}(?:一直|不停|止不住|直|还在|哗哗)[^，。]{0,2}(?:冒|流|淌|喷|涌)|(?:冒|喷|涌)血|血流不止|肉[^，。]{0,2}翻|骨头[^，。]{0,3}露)';
/** A body in danger now: cold, breathless, blue. */
export const CRITICAL = '(?:不出气|没出气|没呼吸|没有?气了|没反应|一动不动|不动了|发紫|紫了|发青|冻僵|浑身发抖|抽搐|没气|喘不上|喘不过|喘气很粗|呼吸困难|不吭声|叫不应|叫不醒|昏过去)';
/** A fall from a height or down stairs, and a body that shows it. */
export const FALL = '(?:摔|掉|滚|跌)(?:下来|下去|到|进)';
/** Fallen over where one stood (在浴室滑倒了): grave only if they do not answer or breathe (a scraped knee is not). */
export const TOPPLED = '(?:摔|跌|滑|绊)倒';
export const FALL_HURT = `吐了|迷迷糊糊|着地|昏昏沉沉|${HURT}|${CRITICAL}|动都不敢动|不能动|大包|不会动`;
/** A sting or bite, and a body that swells or cannot breathe. */
export const STING = '(?:马蜂|蜂|蛇|狗)[^，。]{0,4}(?:蜇|咬)';
/** The heart: chest pain with a cold sweat, a pale face, a collapse. */
export const CHEST = '(?:胸口|心口)[^，。]{0,4}(?:疼|痛|闷)';
export const HEART_SIGN = '(?:冷汗|脸色(?:发白|发青|煞白)|喘不上|倒下|晕)';
/** Swallowed, said in the next clause (当酒瓶了 喝了两口). */
export const SWALLOWED = '(?:喝|吃|吞)(?:了|下)[^，。]{0,2}(?:一|两|几|半|好几)口|喝了|吞了|吃下去|喝下去';
/** Fire caught, and smoke in the rooms. */
export const IGNITED = '(?:点着了|引着了|(?:油|锅|火|柴|草|屋|房|垛)[^，。]{0,2}着了|(?:被|让人|叫人|给人)点了|引燃|点燃|燃起来|烧着了|着火|起火|冒火|火苗)';
export const INDOOR_SMOKE = '(?:屋里|房里|楼道|家里|楼上|楼下|厨房|一屋)[^，。]{0,6}烟';
/** Followed on the road: the same pace behind. */
export const FOLLOWED = '又跟过来|跟过来了|(?:后面|后头|身后)[^，。]{0,8}跟着|一直跟着|跟了我|跟我一路|我(?:停|走|快)他也(?:停|走|快)';
/** A bank that holds water, leaking. */
export const LEVEE = '(?:堤|坝|水库|塘埂|堰)';
export const LEAK = '(?:渗水|漏水|管涌|冒水|裂|决口|垮|口子)';
/** Carrying the means of death somewhere: 提了一瓶农药进房间, 揣着绳子出门. */
export const CARRY_MEANS = '(?:把[^，。]{0,3}(?:农药|敌敌畏|百草枯|安眠药|绳子|老鼠药)[^，。]{0,3}(?:揣|装|带|藏|拿|拎)|(?:拿|拎|提|揣|带)(?:着|了)?[^，。]{0,3}(?:农药|敌敌畏|百草枯|安眠药|绳子|药瓶|老鼠药))';
export const SHUT_AWAY = `(?:进|关|锁|反锁|出门|走了|上山|不见|${UNRESPONSIVE})`;
/** Locked in from outside, or kept until one gives in: 门从外面锁着, 一直关到我听话; kept in, the one held left unsaid as a relayed
 * message does (说被关在宿舍里, 不给出门, 被人控制了); the lectures of a pyramid scheme (天天开课讲赚大钱). */
export const LOCKED_IN = '传销|有人看着|被人看着|跑不掉|走不了|出不去|(?:门|窗)[^，。]{0,6}(?:锁|钉|堵|焊)(?:着|死|住|了)|关到[^，。]{0,6}为止|一直关着|不让(?:我|俺|她|他|我们|人)?(?:出(?:门|去|来)|走|离开)|被(?:人)?(?:关|锁)(?:在|起来|着)|被(?:人)?控制(?:了|住|起来)|(?:上课|开课|洗脑)[^，。]{0,4}(?:发财|赚大钱|成功学|拉人)';
/** Cut off from help: papers or phone taken (a time word may split the clause: 手机 马上就收), or writing in secret. */
export const CUT_OFF = '(?:手机|电话|身份证|证件|护照)[^。]{0,5}(?:收了|收走|没收|拿走|抢走|被收|扣了)|(?:收|拿|扣)了?(?:我|她|他)的?(?:手机|电话|身份证|护照)|偷偷';
/** Poison put into someone's food or water. */
export const POISON_PUT = `把[^，。]{0,2}${POISON}[^，。]{0,3}(?:拌|下|放|倒|撒|投)(?:到|进|在)[^，。]{0,8}(?:井|水缸|水窖|猪食|饭|锅|菜|食|水)`;
/** A threat to snatch a child: 喊着要上来把娃儿抢走. */
export const SNATCH = `(?:要|说要|喊着要|扬言|想)[^，。]{0,6}(?:把)?[^，。]{0,2}${CHILD}[^，。]{0,2}(?:抢走|抱走|带走|偷走|拐走)`;
/** The means of dying named or asked for: 让我把农药给他拿来. */
/** Pills put by until there are enough (药我都攒起了 够数了). */
export const STOCKPILED = '(?:药[^，。]{0,3}(?:攒|存|备)(?:够|好|齐|起)了?|够数了|(?:攒|存)(?:了|够)[^，。]{0,4}药)';
export const MEANS = `(?:农药|敌敌畏|百草枯|安眠药|绳子|老鼠药|${STOCKPILED})`;
/** A sudden collapse, and what shows it is grave. */
export const COLLAPSE = '(?:突然[^，。]{0,2}(?:栽|倒|晕)|栽倒|晕倒|(?:倒|晕|昏|栽|瘫)在[^，。]{0,6}(?:地|院|路|田|屋|灶|床|门口|厕所|堂屋|厨房|边|旁)|倒下)';
export const GRAVE = `(?:嘴(?:巴)?[^，。]{0,2}歪|半边(?:身子|脸)|说不出话|只会哼|口齿不清|冒泡|吐泡|吐白沫|抽|${UNRESPONSIVE}|不动)`;
/** Fire that spreads or has beasts or people in its way. */
export const FIRE_SPREAD = '(?:火[^，。]{0,5}往[^，。]{0,8}(?:烧|窜|蹿|走|来|扑|过来)|烧(?:过来|到|进)|还在烧|越烧越|拴在里面|关在里面|翻过)';
/** Hills and woods, where a fire is a wildfire. */
export const HILLSIDE = '(?:山|林|坡|岭|梁)';
export const HILL_FIRE = '(?:黑烟|浓烟|冒烟|起火|着火|火[^，。]{0,4}(?:翻|烧|过|蔓延)|火[^，。]{0,5}往[^，。]{0,8}(?:烧|走|来|扑|窜|蹿)|烧过来|在烧(?!纸|香|荒|秸秆|草|火|饭|水|炭|柴|烤|菜))';
/** Heading alone to water or a height. */
export const HEADING = '(?:(?:就|要|马上)去(?:河边|河里|江边|水库|塘边|崖上?|桥上|楼顶|顶楼)|(?:领|带|拉|抱|背|跑)(?:到|去|上)[^，。]{0,4}(?:水库|河边|河里|江边|塘|崖|楼顶|坝|桥上)|往[^，。]{0,4}(?:水库|河边|河里|江边|塘|崖|楼顶|后山|山上)[^，。]{0,3}(?:走|去|跑|冲|开)|一个人[^，。]{0,4}(?:去|走)了)';
/** Cornered by others, and heard crying out. */
export const CORNERED = '被[^，。]{0,10}(?:堵|围|拦|按)(?:在|住|到|着)';
/** A cry for help overheard from someone's home or the road (听到隔壁女的一直在喊救命): a person in trouble there now (not on a screen). */
export const HEARD_CRY = '(?:听到|听见|听着)(?![^，。]{0,4}(?:电视|视频|手机里|广播|电影|抖音|快手|喇叭))[^，。]{0,10}(?:(?:喊|叫)(?:救命|救人)|呼救|惨叫|哭喊|尖叫)';
/** A cry that was play, a film or explained away (原来是在看恐怖片): the scream is the game's or the screen's. */
export const SHAM_CRY = '(?:笑|游戏|捉迷藏|躲猫猫|闹着玩|打闹|原来是|恐怖片|电影|电视|演戏|拍戏)';
export const CRY = '(?:叫|喊|哭|打|救)';
/** A small child high up where a fall kills. */
export const HIGH_PLACE = '(?:[二三四五六七八九十\\d]+楼|楼顶|房顶|屋顶|(?:窗户?|阳台|护栏|栏杆)外(?![面头边]?的(?:走廊|过道|院子|路|楼道|菜地))|空调架|崖边)';
/** In the water and not come up. */
export const SWIM = '(?:游泳|洗澡|下水|下河|耍水)';
export const UNDER = '(?:没(?:有)?(?:上来|起来|冒头|浮上来)|不见了|沉下去)';
/** Live wires down, sparking or touching metal. */
export const WIRE = '(?:电线|高压线|电线杆)';
export const SPARKING = '(?:冒火|火花|噼啪)';
/** Hit by a vehicle or gored by a beast. */
export const STRUCK = '(?:被[^，。]{0,4}(?:车|货车|摩托|三轮|拖拉机)[^，。]{0,2}(?:撞|刮|压|碾)|被(?:牛|羊|猪)[^，。]{0,2}(?:顶|拱|撞|踩))';
/** A fight, and harm that shows it is serious. */
export const FIGHT = '(?:扭打|打架|干架|打起来|动手)';
export const SEVERE = '(?:咬下|砍断|打断|出血|流血|血|晕|倒地|耳朵|鼻子)';
/** Fuel and a person set alight: 在会上点了自己. */
export const FUEL = '(?:汽油|柴油|煤油|酒精)';
export const SELF_BURN = '(?:点了自己|烧了自己|自焚|往自己身上)';
/** Fallen into water. */
export const FELL_IN = '(?:掉下去|掉进|掉到|落水|滑下去|冲走|栽下去)';
/** A child called into a room and the door shut. */
export const CALLED_IN = '(?:叫|带|拉|哄|骗|喊)(?:到|进)[^，。]{0,4}(?:屋|房|家|车|林|地)';
export const SHUT = '(?:门关|关上|关门|没出来|半天|好久)';
/** Rubbed or groped in a crowd; a house built close against ours (紧贴着我家) is no body touched. */
export const GROPED = '(?:蹭|摸|贴着|顶着)(?:我|她|俺)(?!们?(?:家|屋|房|墙|院|田|地))';
/** An older one calling a child to his place, asking it be kept secret, and the door shut (叔叔喊我去他屋 叫我莫跟我妈讲 把门关了). */
export const CALLED_OVER = '(?:叔|伯|爷|大爷|老头|男的|男人|那个人)[^，。]{0,6}(?:叫|喊|哄|带|拉)(?:我|俺|她|娃|孩子)[^，。]{0,3}(?:去|到|进)[^，。]{0,3}(?:他|屋|房|家)';
export const SECRET = '(?:不要|别|不准|莫|不许)(?:告诉|跟|和|对)[^，。]{0,4}(?:别人|大人|爸|妈|家里|任何人|老师)|秘密';
export const SHUT_ON = `(?:把门|门)[^，。]{0,2}(?:关|锁|反锁|插)|关上门|关了门|锁上门|${GROPED}|摸我|脱`;
/** Struggling in the water. */
export const STRUGGLE = '(?:扑腾|挣扎|往下沉|沉下去|一冒一冒)';
/** Breath stopped by force: a head held under water, a face smothered, a throat squeezed. */
export const SMOTHER = '(?:按|摁|压|捂|塞)(?:在|进|到|住)?[^，。]{0,3}(?:水缸|水桶|水盆|脸盆|盆里|水里|河里|塘里|粪坑|缸里)|(?:枕头|被子|毛巾|塑料袋|手)[^，。]{0,3}(?:捂|蒙|套)(?:住|着|在)[^，。]{0,3}(?:嘴|脸|鼻|头)|(?:掐|勒)(?:住|着)[^，。]{0,3}(?:脖子|喉咙|颈)';
/** Carried off by moving water: 被冲下来, 被水卷走. */
export const SWEPT = '被[^，。]{0,4}(?:冲|卷)(?:走|下来|下去|跑|远)|(?:冲|漂)(?:下来|过来)了?[^，。]{0,3}(?:人|娃|孩子|小孩|老人)';
/** Where a blow lands on a body. */
export const BODY = '(?:身上|头上|头|脑壳|脑袋|后脑勺?|脸上?|背上?|腰上?|肚子上?|胸口|腿上?|手上?|眼睛|嘴上?)';
/** A blow aimed at someone's body, whoever they are: 往我爸背上抡, 朝她脸上扇 (not 往他身上打针). */
export const BODY_AIM = `(?:往|朝|对着)${WHO}(?:家?的?${WHO})?的?${BODY}[^，。]{0,2}${BLOW}(?!针|药|疫苗|粉|水)`;
/** A beast that attacks, and the wound or the fall it leaves. */
export const BEAST = '(?:狗|蛇|牛|野猪|马蜂|蜂|狼)';
export const MAULED = '(?:咬(?:烂|伤|破|穿|掉|下|出血)|扑倒|顶(?:伤|破|穿|翻))';
