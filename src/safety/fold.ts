/**
 * Folds what phones type into the forms the word classes are written in: traditional characters,
 * full-width letters, invisible characters, emoji that stand for a word, and pinyin typed without
 * an input method.
 */

// Pairs (traditional, simplified) for the characters the danger classes use: a full converter is
// data we do not need.
const PAIRS =
  '們们殺杀傷伤燒烧滅灭槍枪鎖锁關关綁绑車车還还說说來来會会開开錢钱門门裡里裏里對对喫吃醫医藥药電电氣气樓楼頭头點点媽妈爺爷孫孙兒儿鬥斗鬧闹衝冲闖闯報报幫帮嗎吗麼么這这個个從从沒没為为現现剛刚馬马將将讓让聽听見见兇凶閨闺蹤踪帶带廠厂縣县鄉乡著着連连給给過过後后爛烂廁厕煙烟離离婦妇聯联戶户屍尸擋挡攔拦圍围幾几夥伙壞坏搶抢嚇吓發发險险趕赶緊紧臉脸農农敵敌殘残廢废鄰邻壓压邊边實实鐵铁鋤锄鏟铲繩绳揚扬燙烫鍋锅滾滚塊块罵骂嗆呛氫氢懷怀狀状訴诉訟讼豬猪雞鸡鴨鸭魚鱼驚惊嚴严療疗暈晕護护請请則则準准備备買买賣卖於于臺台風风災灾層层淚泪憐怜裝装網网協协調调議议結结訪访釘钉筆笔親亲處处辦办問问題题啟启舊旧鎮镇區区隊队員员記记書书長长術术褻亵強强姦奸毆殴惡恶溝沟擊击觸触漲涨賊贼騙骗誰谁萬万設设聞闻視视頻频罰罚鎗枪劍剑歲岁動动腳脚婆婆' +
  // The everyday words around an event in a traditional-character message (翻牆進來, 躲進臥室, 手機被收走): the
  // classes read the whole clause, not only the harm word.
  '牆墙進进臥卧應应聲声頂顶陽阳欄栏桿杆腦脑殼壳腸肠嚨咙頸颈騷骚擾扰撈捞壩坝庫库橋桥懸悬線线閘闸漢汉鐮镰鍬锹錘锤鋼钢磚砖彈弹燈灯爐炉撲扑傳传銷销課课講讲財财廣广話话語语訊讯繫系係系絡络機机證证張张擔担輸输齡龄學学師师樣样錯错難难撐撑顧顾託托囑嘱碼码寫写紙纸條条撥拨號号執执絕绝斃毙屬属夠够攢攒齊齐溫温熱热濕湿淺浅亂乱褲裤脫脱貼贴窺窥瘋疯癲癫搖摇飄飘濃浓噴喷濺溅陣阵園园團团場场廳厅輛辆貨货廂厢鐘钟時时兩两組组嗚呜穩稳騎骑載载駕驾軌轨遺遗輩辈盡尽許许認认識识潑泼澆浇綑捆腫肿斷断幹干種种鬆松隻只餘余濟济錄录誤误嘔呕戲戏煩烦惱恼麵面飯饭喚唤歡欢變变禮礼讀读習习極极嬤嬷';

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) TO_SIMPLIFIED.set(PAIRS[i]!, PAIRS[i + 1]!);

const EMOJI: [RegExp, string][] = [
  [/🔪|🗡/gu, '刀'],
  [/🔥/gu, '着火了'],
  [/💊/gu, '药'],
  [/🩸/gu, '血'],
  [/🔫/gu, '枪'],
  [/🆘/gu, '救命'],
  [/🚒/gu, '着火了'],
];

// Pinyin typed for whole words: only phrases that name danger and the pronouns around them.
const PINYIN: [RegExp, string][] = [
  [/jiu\s*ming/g, '救命'],
  [/bao\s*jing/g, '报警'],
  [/sha\s*ren/g, '杀人'],
  [/da\s*wo/g, '打我'],
  [/na\s*dao/g, '拿刀'],
  [/\bzhui\b/g, '追'],
  [/da\s*ren/g, '打人'],
  [/bu\s*xiang\s*huo/g, '不想活'],
  [/zi\s*sha/g, '自杀'],
  [/zhao\s*huo/g, '着火'],
  [/kan\s*si/g, '砍死'],
  [/nong\s*si/g, '弄死'],
  // A whole message typed in pinyin tells who, what and now in these (wo ma bei ren da le xian zai hai zai da).
  [/bei\s*ren\s*da/g, '被人打'],
  [/xian\s*zai/g, '现在'],
  [/hai\s*zai/g, '还在'],
  [/jiu\s*wo/g, '救我'],
  [/kuai\s*lai/g, '快来'],
  [/tiao\s*lou/g, '跳楼'],
  [/tiao\s*he/g, '跳河'],
  [/an\s*mian\s*yao/g, '安眠药'],
  [/nong\s*yao/g, '农药'],
  [/shang\s*diao/g, '上吊'],
  [/fang\s*huo/g, '放火'],
  [/\bwo\s*(?=ma\b|ba\b)/g, '我'],
  [/\bzheng\s*zai\b/g, '正在'],
  [/\bzai\b/g, '在'],
  [/\bta\b/g, '他'],
  [/\bwo\b/g, '我'],
  [/\byao\b/g, '要'],
];

// One syllable or a set of initials typed for the harm word inside a Chinese sentence (他要sha我, 不想huo了, 拿dao,
// 在da我妈, zs的念头): read only next to a character, so an English word or a whole pinyin line is left alone.
const HAN = '\\p{Script=Han}';
const MIXED: [RegExp, string][] = (
  [
    ['sha', '杀'],
    ['da', '打'],
    ['dao', '刀'],
    ['si', '死'],
    ['lou', '楼'],
    ['zs', '自杀'],
    ['bxh', '不想活'],
  ] as const
).map(([py, word]) => [new RegExp(`(?<=${HAN})${py}(?![a-z])|(?<![a-z])${py}(?=${HAN})`, 'gu'), word]);
// 活 only where living is meant (不想huo了, 不huo了): elsewhere huo may be 火.
const HUO = /(?<=想|不|要)huo(?![a-z])/gu;

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/gu;

/** One form for every way of typing: foldText('他們拿刀追著我') → '他们拿刀追着我'. */
export function foldText(text: string): string {
  let t = text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
  for (const [rx, word] of EMOJI) t = t.replace(rx, word);
  if (/[a-z]{2}/.test(t)) {
    for (const [rx, word] of PINYIN) t = t.replace(rx, word);
    for (const [rx, word] of MIXED) t = t.replace(rx, word);
    t = t.replace(HUO, '活');
  }
  return Array.from(t, (c) => TO_SIMPLIFIED.get(c) ?? c).join('');
}
