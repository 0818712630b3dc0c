/**
 * Concept word classes the danger rules are built from, as regular-expression sources so a
 * township can extend them. Each class names a kind of thing (a person, a weapon, a way of
 * hurting), never a sentence.
 */

/** Who can be hurt or threatened: pronouns, kin, roles, a household. */
export const PERSON = '(?:你|我|俺|咱|他|她|人|全家|一家|娃|孩子|小孩|老婆|婆娘|媳妇|老公|男人|丈夫|爹|妈|爸|娘|儿子|女儿|闺女|老人|老汉|老者|老头|姑娘|幺儿|哪个|村长|支书|书记|干部|网格员|老板|邻居|对方|那家|这家|那个|那人)';
/** Objects that make a harm verb everyday: 杀猪, 砍树, 杀价, 打疫苗. */
export const NOT_PERSON = '(?:家?的?(?:猪|鸡|鸭|鹅|牛|羊|狗|猫|鱼|兔|蛇|老鼠|虫|蚊子|树|柴|竹|草|价|毒|苗|庄稼|稻|菜|麦|玉米|年猪|官司|牌|工|针|疫苗|电话|比方|伐)|[那这]?[一两几三四五六七八九十\\d]*[头只条棵根株捆片](?!人))';
/** Things that can be locked up or withheld: 工资被扣了, 把他手机锁起来 hold nobody. */
export const THING = '(?:狗|猫|鸡|鸭|鹅|牛|羊|猪|兔|鸟|东西|行李|家具|钱|工资|押金|证|照|卡|门|车|包|货|手机|电脑|钥匙|柜|箱|仓|电视|本|款|分|账号|号|房子|铺子|店)';
/**
 * Young children (儿子, 女儿 are often grown up), the doubled names grandparents use too (孙孙): a beating aimed at them is a
 * child in danger. 娃他爸, 孩子她妈 name a parent (FAMILY), not the child.
 */
export const YOUNG = '(?:(?:娃|孩子)(?![他她](?:爸|爹|妈|娘))|小孩|孙子|孙女|孙孙|宝宝|幺儿|细娃|崽|学生|小娃|丫头|小女孩|小男孩|女娃|男娃|侄儿|侄女|侄子|外孙|外甥)';
/** An age said before a person (七岁的, 八十多岁的老人): the person after it is still the one named. */
export const AGE = '(?:[一二三四五六七八九十两几\\d]+(?:多|来)?(?:岁|个月)(?:多|半)?的)';
/** Where a baby is carried bound to a grown-up (绑在背上, 捆在胸前): no one tied up. */
export const ON_BODY = '(?:背|身上|胸前|怀)';
/** Grown kin and dependants, dialect names included: the people a family member writes about. */
export const KIN = '(?:老汉|老者|老头子?|老太婆|老婆子|婆娘|姑娘|幺儿|娃儿|儿子|女儿|闺女|兄弟|姐姐|妹妹|哥哥?|弟弟?|老人|老?父亲|老?母亲|爹|妈|爸|娘|媳妇|老婆|男人|老公|婆婆|公公)';
export const CHILD = '(?:(?<=(?:我|俺|家|屋头|屋里))小的|(?:娃|孩子)(?![他她](?:爸|爹|妈|娘))|小孩|儿子|女儿|闺女|孙子|孙女|孙孙|宝宝|幺儿|细娃|崽|学生|丫头|小女孩|小男孩|女娃|男娃|侄儿|侄女|侄子|外孙|外甥)';
/** Kin and partners: violence between them is domestic violence. */
export const FAMILY = '(?:老公|男人|丈夫|老婆|媳妇|婆娘|那口子|老伴|爱人|当家的|对象|男朋友|女朋友|(?:娃|孩子|孩儿)他(?:爸|爹|妈|娘)|前夫|前妻|公公|婆婆|爸|爹|妈|儿子|两口子|婆家|男的|女婿|继父|后爹|哥|弟)';

/** Not right after a beast (有条狗追我, 被鹅追着跑): a dog's or a goose's chase is no stalker's. */
export const NO_BEAST_BEFORE = '(?<!(?:狗|牛|鹅|猪|羊|马|蜂)[^，。]{0,3})';

/** Killing or maiming a person (the 死 compounds and the bare cutting verbs). */
export const KILL = '(?:弄死|整死|搞死|打死|掐死|勒死|毒死|烧死|炸死|砸死|撞死|淹死|挖死|锄死|戳死|砍死|捅死|劈死|敲死|锤死|捶死|踩死|扎死|刺死|射死|杀(?!猪刀)|砍(?![刀斧])|捅|劈(?![刀柴])|剁(?!刀)|宰|做掉|干掉|废了|打残|砍断|(?<![扑熄吹浇盖压捂泼淋])灭了|崩了|毙了|打爆|剁了|宰了|弄残|整残)';
/** Death said by a saying (让他全家上西天, 送他去见阎王): a threat to kill, however it is put. */
export const KILL_SAYING = `(?:让|叫|送)[^，。]{0,6}${PERSON}[^，。]{0,3}(?:上天(?!堂|看|玩|坐|飞)|上西天|去?见阎王|归西|进棺材)`;
/** Beating. */
export const BEAT = '(?:打|揍|踢|抽|掐|勒|踹|扇|殴打|暴打|毒打|捶|锤|整|捶)';
/** Saying one will do it. */
export const INTENT = '(?:要|想|扬言|威胁|放话|说|喊着?|迟早|非|准备|打算|等着|就|敢|会|过来|去|(?<![起出回过后原本看下上])来)';
export const WEAPON = '(?:刀|斧|锄头|镰刀|锄|匕首|棍|棒|枪|铁锹|锹|扁担|砖头|钢管|铁棍|锤子|雷管|炸药|汽油|柴油|煤油|硫酸|酒瓶|板凳|家伙|钢钎|钎子|撬棍|钉耙|耙子|叉|火钳|铁链|链子|皮带|鞭子|剪刀|弩|弓箭|石头|瓦片|扳手|钢筋|碎玻璃|玻璃片|玻璃碴|碎瓶|破瓶|瓶子碴|啤酒瓶|榔头|铁锤|洋镐|十字镐|钢叉|锥子)';
export const HOLD = '(?:拿着?了?|攥着?|捏着?|抓着|抡着|端着|带了|别着|插着|挂着|拎着?了?|提着?了?|揣着?|握着?|举着?|持|抄起|抄着|拿起|操起|带着|手里有|手里拿|扛着|翻出|掏出|拿出|抽出|拔出|亮出|伸出来?|露出来?|装了|带上|扛起|背着|磨|挥着|舞着|甩着|晃着)';
/** What someone with a weapon does towards a person. */
export const WEAPON_ACT = '(?:算账|报仇|拼命|晃|走来走去|追|冲|堵|砍|找|喊|威胁|吓|守|等|转|闯|进来|过来|门口|院坝|院子|打|要|扬言|骂|砸|伤|到了|来了|聚|收拾|指着|对着|抵着|顶着|架在|乱砍|乱舞)';
export const GROUP = '(?:[\\d一二三四五六七八九十两几百]+[十百]?多?号人|一百多|几百|好几百|两边|两个寨子?|两寨|两个组|两个队|几十|上百|好几十|一大?帮|两帮|一群|一伙|一车|两个村|两村|两家人|全村|好多人|一大群|十几个|二三十|几十号|好几家|两边的人|两边都|两拨人|两伙人|一帮人|几十个|一村人|越来越多(?:的)?人|一堆人|很多人)';

/** A cry for help: it outweighs what makes a message look like a notice or news. */
export const HELP = '(?:快来|救命|快报警|赶紧|帮帮|(?<!磨)快点|快救|来人啊|快去|救救)';
/** It is happening now or about to (在外面 at the door, not 在外面打工, living away). */
export const NOW = '(?:正在|现在|马上|立刻|刚刚?|刚才|还在|又在|一直在|今晚|今天|此刻|快来|(?<!磨)快点|赶紧|救命|救救|快报警|帮帮我|好害怕|好怕|很害怕|等下|等会|这会|眼下|(?<![倒放堆扔丢停摆])在(?:我|俺)?们?家?门口(?!的)|在外面(?!上学|读书|上大学|打工|工作|上班|做事|干活)|就在|躲在|躲到|藏在|喊救命|还在|打不通|关机|偷偷)';
/** A standing order that keeps someone away: in force now, whenever it was granted (去年发的保护令). */
export const ORDER = '(?:保护令|告诫书|禁止令)';
/** A now that dates the writer's question or legal step (现在想问一下, 现在想撤销, 今天想去信访), not an event. */
export const NOW_ASKED = '(?:现在|这会|今天)(?:就)?(?:想|要|准备|打算)(?:去)?(?:问|咨询|了解|知道|撤销|撤回|申请|离婚|起诉|信访|上访|调解)';
/** A clause about the past: its harm is history (过去 is left out: 冲过去 is a direction; 原来是 tells what it turned out to be). */
export const PAST = '(?:以前|(?<![走出去来回睡吃死跑离])之前|从前|当年|那年|那时|那次|那回|那一回|那一次|曾经|去年|前年|上个?月|上周|上个?星期|上个?礼拜|上次|上回|[几两三四五六七八九十多一\\d]+(?:年|个月|天)前|年前|小时候|年轻时|早些年|前些年|前几年|前几天|那会|后来|(?<!一|大)早就|以往|原来(?!是)|本来|头几年|过去的事|昨天|昨晚|前天|前晚|上礼拜|那天|那晚|上半年|年初)';
/** Experiential 过 right after a harm word: 打过, 说过, 着过火. */
export const DID_BEFORE = '(?:打|砍|杀|说|威胁|扬言|烧|着|喝|跳|闹|关|动|拿)过(?!来|去|岭|山|河|梁|桥|界|坎|墙|分|年|期|节|日子)';
/** A supposition: 如果, 万一, 的话 (not after 说: "说不离婚的话就砍死我" is a threat with a condition; 发了遗书一样的话 is words sent). */
export const HYPOTHETICAL = '(?<!(?:说|扬言|威胁|喊|讲|放话|发|写|留)[^，。]{0,8})(?:(?:我|俺)(?:会|要)(?:遭|被)?(?:关起来|拘留|抓起来|判刑|坐牢)(?:不|吗|没|啵)?$|如果|假如|担心[^，。]{0,3}会|将来|长大(?:了|后|以后)|以后要|假装|模拟|假设|假使|万一|倘若|要是|比如|比方|是不是|会不会|一般|通常|什么情况下|的话|怎样才算|算不算|了没有?$)';
/** Told about, not lived: news, videos, hearsay (去他家看电视, 在屋里看电视 is what one was doing, not the source). */
export const NEWS = '(?:新闻|广播(?:里|上|说)|(?:看|刷)[^，。]{0,4}视频|视频(?:里|上)|(?:抖音|快手)上?(?:看|刷|说|视频)|电视(?:上|里|剧)|(?<!(?:去|到|来|在)[^，。]{0,5})看电视|网上(?:看|说|刷|传|有人说)|报道|电影|电视剧|小说|刷到|群里转|朋友圈(?:里|上)?[^，。]{0,2}(?:看到|刷到|转|传)|直播|(?:抖音|快手|视频号|微博|头条|b站)上)';
/** Hearsay: it may be about a neighbour in danger now, so it weighs less than news (有人说要 quotes someone's plan, not a rumour). */
export const HEARSAY = '(?:听说|听别人说|听人说|有人说(?!要|想|准备)|不知道真假|不晓得真假)';
/** A game: 篮球赛打起来了 is the score, unless something says the fight is now. */
export const GAME = '(?:比赛|球赛|篮球(?!场)|足球(?!场)|比分|打比赛|斗地主|麻将(?!馆)|游戏(?!号|账号|账户|装备))';
/** A grid worker's notice or routine report. */
export const NOTICE = '(?:通知|(?:跟|给|和)大家(?:讲|说)一下|转(?:到|发到)群里|(?:派出所|司法所|妇联|民警|警察|律师|法官|老师|医生|卫生院|镇上|县里)[^，。]{0,4}(?:来|到)[^，。]{0,6}(?:讲|宣传|上课)|请大家|请各位|请各家|各位村民|广大|防止|预防|宣传|开会(?:通知|时间|地点)|召开[^，。]{0,4}会|(?:来|去|参加)[^，。]{0,2}开会|请[^，。]{0,6}开会|会议|培训|讲座|演练|演习|组织[^，。]{0,4}(?:学习|培训|演练)|安全知识|安全教育|防(?:溺水|火灾|诈骗|汛)|排查|走访|入户|提醒大家|注意安全|要注意|注意防|温馨提示|网格员提醒|本周|各户|大家注意)';
/** The danger is over: settled, the person taken away, out of hospital, or explained away (原来是在看恐怖片). */
export const RESOLVED = '(?<!没|未|没有|不)(?:人都没(?:得)?事|(?:来)?(?:检查|修)(?:过|好)了|(?:医生|大夫)[^，。]{0,3}(?:讲|说)[^，。]{0,2}没(?:得)?(?:事|大碍)|已经[^，。]{0,4}(?:关了阀门|关了气|捞起来|救出来|送(?:到)?(?:医院|卫生院))|调解好|调解成功|化解|和好|签了协议|没事了|已经好了|平息|被(?:派出所|警察|公安|交警|民警)[^，。]{0,4}(?:带走|抓|拘|拦(?:下|住)?了|查(?:到|住)?了|扣了)|关进去|(?:已经|早就|都)被?(?:抓|逮|拘留?)(?:了|起来了|进去了)|(?:抓|逮)进去了|被拘留了|判了(?!不准|禁止|保护|他不)|出院了|已经离婚|后来没|没去成|好多了|平安|(?:是|那是|都是)[^，。]{0,6}(?:的事|以前|去年)|(?<!(?:爸|妈|哥|姐|弟|妹|叔|伯|舅|姨|爷|奶|婆|公|男人|媳妇|他|她|我|俺|人|们)(?:已经|都|也|刚|先)?)过去了|处理了|处理完|处理好|(?:放出来|出狱|刑满)(?![^，。]{0,4}的)|(?:后来|然后|已经|结果)[^，。]{0,4}(?:睡着了|睡觉去了|睡了)|酒醒了|劝走了|劝回去|被(?:他|她)?的?(?:兄弟|哥|弟|爸|妈|爹|娘|老婆|媳妇|老公|家里人|家人|朋友|邻居)[^，。]{0,2}(?:拉|劝|拖|架|骂|喊|叫|带|拽)(?:走|回去|回家|开)了|(?<!没|没有|不)(?:(?:刚|已经)(?:接到|找到|找着|找回来)(?!电话|短信|消息|通知|微信)|(?:接到|找到|找着|找回来)(?:了|人了))|(?:还好|幸好|好在|万幸)[^，。]{0,4}(?:没|没有)(?:人|伤到|伤着|出事|砸到)|回(?:家|屋|去)睡(?:觉)?了|^(?:已经|早就|后来|都)?被抓(?:了|起来了?|进去了?|走了)$|劝(?:回|下来|住|开)(?:家|屋|去)?了|被[^，。]{0,4}劝(?:回|走|住|下|开|好|了)|被劝|(?:现在|如今)(?:人)?(?:好好的|没事了)|拉开了|消停了|冷静下来|各回各家|劝开了|(?<![走跑冲])散了|(?<!没|没有|不)(?:爬|救)(?:起来|上来|出来)了?(?![^，。]{0,3}又)|(?<!不是|不|没|没有|别)(?:开玩笑|闹着玩|说着玩|玩笑话|口头禅|说说而已|随口说|气话|气头上的话|嘴上说说|(?:扑|浇|踩|弄|盖|压|捂|闷|泼|淋|打)灭了|火(?:已经)?(?:灭|熄)了|熄灭了|灭掉了|老师(?:已经)?(?:处理|叫我|叫家长)|说了(?:[几十百\d]+|好多|很多)(?:年|次|回|遍)|随便说说|说说的|(?:每次|每回|老是|总是|经常|天天)都?(?:这么|这样)说|(?:但|不过|其实|可是)[^，。]{0,4}(?:吃得好|睡得好|好好的|没事|挺好|挺正常|开开心心|有说有笑)|好点了|好些了|缓过来了|(?:现在|已经)又?在(?:玩|笑|吃饭|睡觉)|又(?:玩|笑|跑)起来了)|原来是[^，。]{0,2}(?:看|玩|演|拍|闹|电视|电影|游戏|放鞭炮|放炮|去|回|走亲戚)|住(?:在|到)?[^，。]{0,2}(?:亲戚|安置|帐篷)|安置好了|转移出来了|搬出来了|(?:年|月|前|天|时候|星期|礼拜|周)的事)';
/** A threat's condition (再跟他离婚他就, 不跟她儿子和好就): what is said inside it asks, settles and supposes nothing. */
export const CONDITION = '(?:再|要是|敢|不)[^，。\\s]{0,10}就';
/** Someone else's case, asked about. */
export const OTHERS = '(?:(?<![男女])朋友|同事|同学|表姐|表妹|表哥|表弟|堂哥|堂姐|亲戚家|别人家|邻村|外村|有人问|帮[^，。]{0,3}问|网友|隔壁村|别的村|其他村|别村|邻县|外县|外省|邻省|邻镇|别的县|别的镇|别的省)';
/** A question about the law: it lowers an ambiguous signal, never a clear one. */
export const LEGAL = '(?:(?:会|要)(?:遭|被)?(?:关起来|拘留|抓起来|坐牢)(?:不|吗|没|啵)|犯法|证据|取证|录音|报案|告你|去告|违法|怎么判|判几年|判多久|判好久|判多少年|要判|会判|判啥|故意伤害|寻衅滋事|故意杀人|非法拘禁罪|判刑|算不算|正当防卫|能告|告他|起诉|赔偿|要赔|谁赔|赔吗|赔不赔|谁负责|负责不|管不管|(?:要|会|该)管不(?![^，。？?]*(?:住|了))|能离婚|离婚|财产|抚养|归谁|谁还|怎么申请|(?:要不要|该不该|需不需要)[^，。]{0,4}申请|咋申请|多少钱|合法|犯罪|坐牢|拘留|法律|责任|能不能|可以吗|算[^，。]{0,4}吗|算[^，。\\s]{0,4}不(?:$|[？?，。\\s])|扣分|罚款|有什么区别|什么区别|的区别|是什么罪|构成[^，。]{0,4}罪)';
/** 打农药, 打药, 除草: pesticide used on fields. */
export const FARMING = '(?:打农药|打药|除草(?!剂)|(?:打|喷|撒)[^，。]{0,2}除草剂|喷药|治虫|杀虫|打田|打草|施肥|撒药|拌种|卖农药|买农药打)';
/** Harm words cancelled: 没打, 差点打起来, 不会砍, and nobody did it (没哪个打人, 谁都没动手, 没有人砸). */
export const NEGATION = '(?:没有?|不|别|莫|不会|不再|没再|差点|差一点|险些|不敢|没有?(?:人|哪个|谁)|(?:谁|哪个|哪一个|一个人)(?:都|也)(?:没有?|不))';
/** It keeps happening (老被打, 一喝酒就打): a standing problem to ask about, unless it is happening now too. */
export const HABITUAL = '(?:老是?被|老是|经常|总是|(?<!一)动不动|一喝酒就|一喝醉就|隔三差五|三天两头|好几年|这些年|多年|老说|老讲|总说|经常说|天天说|从来没)';
/**
 * A harm already done (打伤了, 把头砸破了): with a cost or liability question and nothing now, it is the aftermath.
 * Also a collapse's damage told by what it fell on, a beast or a thing, even without 了 (压死我家两只羊):
 * a person under it is no such victim, so that stays a danger.
 */
export const DONE_HARM =
  '(?:伤|破|断|死|咬|砸|撞|砍|打)[^，。？?]{0,3}了|^(?!.*(?:压在|埋在|困在|被压|被埋|出不来)).*(?:压|砸|冲|淹)(?:死|坏|垮|塌|烂|倒)了?(?:我|俺|他|她)?们?家?的?[^，。？?]{0,4}(?:牛|羊|猪|鸡|鸭|鹅|狗|兔|马|圈|车|墙|灶|棚|庄稼|苗|菜|秧|烟|田|地)';
export const AFTERMATH = '(?:赔礼|道歉|(?:要不要|该不该|管不)管|补助|补贴|救助|重建|医药费|医疗费|治疗费|赔|谁出|要[^，。]{0,4}出吗|报销|负责|责任)';
/**
 * Poison used on pests, ponds and rats, with nobody threatening to use it on people (要在鱼塘里撒点药 清塘消毒); told of
 * another too when the cure is named and no household's pond is (他说要往鱼塘里放点药 把鱼病治好).
 */
export const PEST_CARE =
  '^(?!.*(?:扬言|放话|说要|威胁|吓唬|他们?要|他想|他说|莫想|别想)).*(?:清塘|消毒|治虫|杀虫|鱼病|灭鼠|毒老鼠|老鼠多|除草|打药|喷药)|^(?!.*(?:扬言|放话|威胁|吓唬|莫想|别想|(?:我|你|俺)们?家)).*(?:鱼病|清塘|消毒|治虫|杀虫)';
/** Trees and crops cut, dug up or stolen (杉木被人砍了): a property dispute, not a person hurt. */
export const CROP_HARM = '(?:树|木|杉|松|柏|竹|庄稼|苗|菜|玉米|稻|果)[^，。]{0,4}被[^，。]{0,8}(?:砍|偷|毁|挖|拔)';
/** The writer's own wish to poison an animal (想用药把它毒死): a request for wrongdoing, refused elsewhere, not a danger. */
const ANIMAL = '(?:狗|猫|鸡|鸭|鹅|牛|猪|羊|鱼|它们?)';
export const OWN_ANIMAL_HARM = `^(?!.*(?:扬言|放话|说要|威胁|吓唬|他们?要|他想)).*(?:想|打算|准备)[^，。]{0,8}${ANIMAL}[^，。]{0,4}(?:毒死|药死|弄死)`;
/** Anger felt in the body (气得头都晕了, 气得发抖, 气得心口疼): a feeling, taken out before reading like a saying (not 气得晕过去, a collapse). */
export const ANGER_BODY = '气得(?:我|俺)?[^，。\\s]{0,4}(?:头都?晕了?|头疼|头痛|浑身发抖|发抖|吐血|心口疼|胸口疼|肝疼|眼冒金星|血压都?上来了?)|气得[^，。\\s]{0,4}(?:晕|疼|痛|炸|发抖|冒烟|发昏)(?!过去|倒|死)了?';
/** Poisons named in a threat to put them in water or food (倒百草枯, 撒老鼠药). */
export const POISON = '(?:农药|敌敌畏|百草枯|草甘膦|除草剂|老鼠药|耗子药|灭鼠药|毒鼠强|毒药|药|毒)';
/** A wish said in anger (气得我想拿刀砍人): a feeling, not a plan. */
export const ANGER_WISH = '气得(?:我|俺)(?:真|都)?想|^(?:我|俺)(?:真的|真|迟早|都)?(?:要|想|会)(?:杀人|砍人|疯|气死)了';
/** A knife, a gun or a poison as goods (买把砍刀, 农药哪里有卖): 卖菜 sells no weapon. */
export const COMMERCE = '(?:买|(?<!小)卖(?!部)|店里|商店|网购|下单)[^，。]{0,6}(?:刀|斧|药|枪|汽油|锄|镰)|(?:刀|斧|药|枪|汽油|锄|镰)[^，。]{0,6}(?:哪家店|哪里有卖|哪有卖|多少钱一|店里)'
/** Asking how things are done (我想问问 被人打了以后怎么验伤): a question, not a cry. */
export const ASKING = '(?:想问问|了解一下|想问一下|请问|问一下|咨询一下|以后怎么|之后怎么|怎么验伤|去哪里验)';
/** Bringing up a child (作业, 不听话): the stick there is discipline, asked about, unless it goes on. */
export const PARENTING = `^(?=.*${YOUNG}).*(?:作业|不听话|调皮|管教|叛逆|玩手机|打屁股)`;
/** Livestock slaughtered or sold for meat (那头老牛想请人宰了卖肉): farm work, whoever says it. */
export const SLAUGHTER = '(?:猪|牛|羊|鸡|鸭|鹅|兔|鱼)[^，。]{0,6}(?:要|准备|今天|明天|过年)?(?:杀|宰)(?:了|掉)?(?![^，。\\s]{0,2}(?:人|我|你|他|她))|(?:猪|牛|羊|鸡|鸭|鹅|狗|兔|鱼)[^，。]{0,8}(?:杀|宰)(?:了|掉)?[^，。]{0,3}(?:卖|吃|过年|办酒)|(?:杀|宰)(?:了|掉)?卖肉|(?:杀|宰)(?:了|掉)?(?:猪|牛|羊|鸡|鸭|鹅|兔|鱼)[^，。]{0,3}(?:卖|吃|过年|办酒)|屠宰(?![^。]*(?:追|砍(?:我|人)|捅|打(?:我|人)|吵|骂))|(?:卖|买)[^，。]{0,2}(?:活鸡|活鸭|活鱼|活禽|鸡|鸭|鱼|兔)[^。追吵打冲骂闹]{0,12}(?:杀|宰)(?![^，。\\s]{0,2}(?:人|我|你|他|她))';
/** Someone unnamed (有个人): a stranger in the writer's own scene, or someone else's case when the writer is not in it. */
export const SOMEONE = '有个人';
/** Practice, sport and the stage: a stick swung in 练武术 is aimed at nobody. */
export const TRAINING = '(?:练武|武术|练功|表演|耍棍|舞刀|舞狮|舞龙|拍戏|道具|当兵|参军|当警察|当军人)';
/** A farm tool used on land (拿锄头来挖回去): a field dispute, unless someone is named as hurt. */
export const FIELD_WORK = '(?:锄头|铁锹|锹|镰刀|钉耙)[^，。]{0,4}(?:来|去)?(?:挖|锄|割|铲|翻)(?!人|我|你|他|她|死)';
/** An animal ate the poison (猫把老鼠药吃了): a loss, not a person in danger. */
export const ANIMAL_ATE = '(?:猫|狗|鸡|鸭|鹅|猪|牛|羊|鱼|兔)[^，。]{0,6}(?:老鼠药|耗子药|农药|药|毒)[^，。]{0,3}(?:吃|喝)了|(?:猫|狗|鸡|鸭|鹅|猪|牛|羊|鱼|兔)[^，。]{0,2}(?:吃|喝)了[^，。]{0,4}(?:老鼠药|耗子药|农药|毒)';
/** Set sayings built from harm words (借刀杀人, 火烧眉毛): they name no event, so they are read as nothing. */
export const IDIOM = '(?:借刀杀人|杀鸡儆猴|杀鸡给猴看|杀鸡取卵|一刀两断|快刀斩乱麻|打草惊蛇|火烧眉毛|火上浇油|引火烧身|趁火打劫|隔岸观火|杀回马枪|杀出一条血路|大开杀戒|杀价|砍价|血本无归|狗血淋头|要死要活|鸡飞狗跳|拼死拼活)';
/** A scam call or message: the danger it tells of is the scammer's story (骗子说绑了你儿子, 是诈骗电话). */
export const SCAM = '(?:诈骗电话|诈骗短信|是诈骗|是骗子|骗子(?:打|发)[^，。]{0,2}(?:来|的)|骗人的|电信诈骗|反诈)';
/** Teaching or policy work (整理政策, 给家长讲课, 普法): a harm named as a topic, never as an event. */
export const POLICY = '(?:开会(?:讲|说|强调)|大家记住|应急预案|遇到[^，。]{0,10}(?:的|时)[^，。]{0,6}(?:该|要|怎么)|写[^，。]{0,4}(?:材料|宣传册|稿子|方案)|政策|普法|宣讲|讲课|上课|课件|科普|给(?:家长|学生|村民|大家|老人)讲|整理[^，。]{0,4}(?:政策|资料|材料|案例)|防(?:性侵|拐|家暴|欺凌|自杀))';
/** A harm named as a kind of case (自杀的人, 猥亵儿童的, 醉驾的): its subject is anyone, not someone here. */
export const CASE_OF = '(?:自杀|轻生|猥亵|强奸|性侵|杀人|拐卖|拐骗|绑架|家暴|投毒|放火|纵火|醉驾|酒驾|非法拘禁)[^，。\\s]{0,4}的(?:人|话|家属|案子|案件|行为|怎么|会|要|判|算|能|有)?(?!事)';
/** A caller or message telling of harm and asking for money (有人打电话说你儿子出车祸了 叫你马上转两万到卡上): a scam's story. */
export const SCAM_CALL = '(?:打电话|来电话|电话里|打来|短信|发消息|微信上?)[^，。]{0,4}说[^。]{0,30}(?:转|汇|打)[^，。]{0,6}(?:钱|块|万|千)[^，。]{0,6}(?:卡|账户|账号|支付宝|微信)';
/** The writer laughing at what they tell (哈哈哈, 笑死, typed as xswl, hhh, 2333, the upside-down face 🙃 and [狗头] that mark irony): a joke or a complaint, not a cry. */
export const LAUGH = '(?:哈哈|嘿嘿|呵呵|嘻嘻|笑死|xswl|hhh|(?<!\\d)2333+(?!\\d)|😂|🤣|🙃|\\[捂脸\\]|\\[笑哭\\]|\\[狗头\\])';
/** A parent's threat over everyday conduct (再不回家过年就打断你的腿): a scolding, said from afar. */
export const SCOLD = '(?:妈|爸|娘|爹|奶奶|爷爷|外婆|外公|姥姥|老汉|老妈|老爸)[^，。]{0,3}(?:说|讲|骂|放话)?[^，。]{0,2}(?:再|要是|敢)(?:不)?[^，。]{0,6}(?:回家|回来|过年|结婚|找对象|相亲|考|读书|学习|听话|上学|作业|玩手机|打游戏|乱花|打牌|谈恋爱|晚归)[^，。]{0,6}就';
/** Work done together on the land, roads and water (修公路, 挖水沟, 投工投劳): the tools a crowd carries there are tools. */
export const LABOUR = '(?:修(?:公)?路|(?:修|挖|清|疏|掏|砌|铺)[^，。]{0,3}(?:路|道|渠|桥|堰|沟|河|塘|坝|水池|水窖|河堤|房|水库|坎)|清淤|砌|扫雪|抢收|抗旱|种树|植树|修渠|修水渠|修桥|修堰|盖房|起房子|义务劳动|义务工|投工|出工|帮工|干活|收(?:包谷|玉米|稻|谷|麦|油菜)|插秧|打谷)';
/** Work done together or a gathering (修路, 办酒, 收包谷): a crowd at work, not at odds. */
export const GROUP_WORK = `(?:${LABOUR}|抬(?![^，。]{0,5}人)|搬|帮忙|办酒|吃席|开会|排练|跳舞|赶集|看戏)`;
/** A crowd at odds with someone (not 打谷子): with these, tools in a working crowd's hands are weapons again. */
/** Any hint of a quarrel or fight (a single 打, 吵, 争 will do): what stops a scene of work or cooking from being read as everyday. */
export const ODDS_HINT = '打|砸|冲|围|堵|推搡|对峙|对上|吵|骂|闹|拦|抢|争|家伙|械|干仗';
export const AT_ODDS = '(?:来闹|扯起来|对到|摔(?:酒瓶|瓶子|凳子|碗)|压不住|拉不住|劝不住|对上了|杠上|顶起来|打起来|打架|干架|干一架|干仗|砸|冲过|围住|围着|堵|对峙|吵|骂|闹事|抢|抄家伙|械斗|推搡)';
/** A bargain for something wanted (再不给她买手机她就不活了): a tantrum's threat, not a plan. */
export const BARGAIN = '(?:再|要是)?不(?:给|让|帮)[^，。]{0,4}(?:买|玩)[^，。]{0,8}就';
/** Asking whether a story going round is true (是谣言吗): the danger is a rumour's. */
export const RUMOR = '(?:谣言|辟谣|真的假的|是真的吗|是不是真的)';
/** A stick shown to a child who will not mind (吓他都不怕): discipline that failed, nobody hurt. */
export const DISCIPLINE = `^(?=.*${YOUNG}).*吓(?:唬)?[^，。]{0,3}(?:都|也)?不(?:怕|听|管用)`;
