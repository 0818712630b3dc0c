/**
 * Surnames for finding people's names in chat text (masking only: a false hit masks a word, a
 * miss leaks a name). About 340 single surnames cover nearly everyone in rural Guizhou and
 * nationally, including the Miao, Buyi and Dong surnames of the south-west (覃 蒙 岑 韦 冉 粟 敖).
 * Left out on purpose: characters far more common as words than as surnames (和 那 都 来 时 区 师 车 房 路 盘 井),
 * which would turn ordinary clauses into names.
 */
export const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤蒙岑常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝游辛靳管柴蒲鲍华喻祁滕屈饶解牟艾尤阳穆农司卓古吉缪简项连芦麦褚娄窦戚景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝郜阚权帅屠豆朴盖练廉禹祖漆巴丰支卿狄计索宣晋初容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊裘亓邰赫杭况宿鲜逯隆茹诸慕危银亢嵩畅苍';

/** Two-character surnames; matched before the single ones, so 欧阳 is never read as 欧. */
export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '诸葛', '上官', '东方', '慕容', '皇甫', '尉迟', '公孙', '长孙', '令狐', '夏侯', '端木', '宇文',
  '司徒', '独孤', '南宫', '西门', '轩辕', '呼延', '闻人', '万俟', '澹台', '濮阳', '淳于', '申屠', '钟离', '太史',
] as const;

/**
 * The common surnames (about 130: the national top hundred and the south-west's 覃 韦 蒙 岑 冉 敖 粟 麻 …),
 * the only ones taken at the start of a sentence or clause with no role or kin word before the name
 * (覃大勇喝醉了打我). Rarer surname characters (查 费 危 包 …) are far more often words there.
 */
export const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤蒙岑常康文安易颜庞聂鲁岳冉敖粟麻滕欧舒伍班吉佘';

/** Common surnames that inside a sentence are far more often a preposition, number or adverb (向他, 于是, 三万, 常来). */
export const FUNCTION_SURNAMES = '向于万常安曾钱方文任付易康';
