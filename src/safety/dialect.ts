/**
 * Southwest Mandarin (Guizhou, Sichuan, Chongqing) grammar words folded to the standard forms the
 * danger classes are written in. Only function words and aspect markers: the content words
 * (老汉, 婆娘, 幺儿) are in the word classes themselves.
 */
const FOLDS: [RegExp, string][] = [
  // 遭 marks the passive (遭他打了, 遭关起); 遭了 is "oh no", 遭罪/遭殃 are idioms.
  [/遭(?!了|罪|殃|遇|受|灾|到过)/gu, '被'],
  // 挨 before a beating verb is the passive too (挨他打); 挨着 is "next to", 挨家挨户 "door to door".
  [/挨(?![家户着近个饿冻])(?=[^，。\s]{0,3}(?:打(?!听|工|针|扮|算|电话)|揍|踢|砍|捶))/gu, '被'],
  // V起 is a durative (跟起我, 守起, 绑起, 拿起刀): the same as V着; 起来 and 对不起 are not.
  [/(跟|守|站|坐|绑|捆|拴|吊|关|锁|堵|揣|扛|背|握|举|提|拎|盯|等|围|按|压|活|钉|捏|攥|抓|拽|扯|架|瞄)起(?!来|床|身|码)/gu, '$1着'],
  // 没得 is 没有 (没得意思, 没得呼吸, 没得事).
  [/没得/gu, '没'],
  // Place suffix 头 is 里 (屋头, 河头, 林头, 砖厂头, 店头, 宾馆头); 里头 stays.
  [/(屋|河|塘|井|水|林|地|房|厂|山|沟|田|圈|柜|库|缸|窖|棚|室|店|馆)头/gu, '$1里'],
  // 克 is 去 after a subject, a modal or an adverb (要克河边, 我克找他, 莫克); 克服, 克扣, 千克, 巧克力 are not.
  [/(?<=[要想就快莫别不没我你他她俺们先又还再也都跑回])克(?![服扣隆制星拉斤力难])/gu, '去'],
  // 外头 is 外面 (他在外头砸门).
  [/外头/gu, '外面'],
  [/咋个|啷个|哪门/gu, '怎么'],
  [/撵/gu, '追'],
  // 不给 before a verb of leaving or reaching out is 不让 (他们不给走, 不给出门, 不给打电话); 不给钱 stays.
  [/不给(?=走|出|回(?:家|来|去)|离开|打电话|报警)/gu, '不让'],
  [/恁个|这么个/gu, '这样'],
  [/止不到|止不倒/gu, '止不住'],
  // Homophones that voice input and quick typing give for danger words.
  [/坎死|砍屎/gu, '砍死'], [/救名|就命/gu, '救命'], [/报竟|报井/gu, '报警'], [/媒气/gu, '煤气'], [/沼汽/gu, '沼气'],
  [/(起|着)伙(?!食|计|伴)/gu, '$1火'], [/农要/gu, '农药'], [/白末/gu, '白沫'], [/旧旧/gu, '舅舅'], [/安眠要/gu, '安眠药'], [/敌敌喂|敌敌谓/gu, '敌敌畏'], [/百草哭/gu, '百草枯'], [/自刹/gu, '自杀'], [/蛰/gu, '蜇'],
];

/** foldDialect('我遭他们关起在屋头') → '我被他们关着在屋里' */
export function foldDialect(text: string): string {
  return FOLDS.reduce((t, [rx, to]) => t.replace(rx, to), text);
}
