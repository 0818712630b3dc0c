import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../kernel/surnames.js';
import { alternation } from '../kernel/text.js';

/**
 * Risks a story tells with a verb and its object, in the order speech puts them (十几户把施工的路堵了,
 * 一锄头把陆某挖死): the risk tables hold noun phrases (堵路, 要打死), so these are named in their
 * words first and then read like any other, negation and order of mention included.
 */
export interface RiskPhraseWords {
  /** 堵, 围, 拦: what a crowd does to a road or a gate. */
  blockVerbs: string[];
  /** Places that are a blockade whoever blocks them: 工地, 挖机, 村委会, 政府. */
  blockSites: string[];
  /** Places asked for an answer that are no authority: 去学校讨个说法 is no petition. */
  notAuthorities: string[];
  /** Where a 说法 asked is a petition even at a blockade: 堵在镇政府门口讨说法. */
  offices: string[];
  /** Shops and eating places: a blockade only when a crowd is said, like a road. */
  shopSites: string[];
  /** Places one neighbour may block too (路, 大门): a blockade only when a crowd is said. */
  blockPaths: string[];
  /** Words for many people: 大家, 村民, 十几户, 一帮人. */
  crowds: string[];
  /** A killing verb (打死, 挖死) after 把 and a person: 就一锄头把他挖死. */
  killVerbs: string[];
  /** Who 把 may put before a killing verb (他, 对方, 全家); a party (陆某某, 韦志军) always may. */
  people: string[];
  /** Creatures and things that look like a name after a surname (把黄狗打死, 把杨树砍了): never a person. */
  notPeople: string[];
  /** What may be swung between the person and the verb: 把他一锄头挖死. */
  blows: string[];
  /** A blade's verbs said to a person (要砍了她, 扬言要捅他): a threat to kill, as 砍人 is. */
  cutVerbs: string[];
  /** Words for oneself: a killing verb on them (弄死自己, 把自己吊死) is a threat of suicide, not of homicide. */
  selves: string[];
  /** Fetching people to one side: 喊, 叫, 召集 (喊齐人, 叫上全寨的人, 召集村民). */
  musterVerbs: string[];
  /** Who is fetched, between the verb and 人: 全组, 一帮, 十几个 (家里人 is no crowd). */
  musterGroups: string[];
  /** Holding a disputed place against the other side: 守着, 占着 (喊齐人上山守着). */
  guardVerbs: string[];
  /** Wrecking the other side's things, after 把 (把他家的坝挖了), without 了: a crowd fetched to do it is massed. */
  wreckVerbs: string[];
  /** Kin fetched as a group to wreck (十几个亲戚, 一帮本家): a crowd with its group said. */
  kinFetched: string[];
}

// Words the risk tables read these by; neither is an everyday word in a story.
const BLOCKADE = '聚众堵路';
const KILLING = '要人命';
const SELF_KILLING = '寻死';
// 纵火, not 放火: the danger recogniser reads 要…放火 as a threat to kill, and a fire promised is 'other'.
const ARSON = '纵火';
const MUSTERED = '聚众';
// Fire promised to a building: 扬言要烧了岳父家的房子, 就点了他的柴房 (房子被烧了 promises nothing).
// Said with 把 too, the building before the fire: 就拿汽油把他家的房子点了.
const BURN_THREAT =
  /(?:要|扬言|就|敢|说)(?:[^,;。 ]{0,3}?(?:烧|点)了?[^,;。 ]{0,6}?(?:房子|屋|猪圈|牛圈|柴房|仓库|厂房)|[^,;。 ]{0,4}?把[^,;。 ]{0,6}?(?:房子|屋|猪圈|牛圈|柴房|仓库|厂房)(?:点|烧))/gu;
// Ten and more households or people counted in words: 二十多户人, 三十几个人, 几十号人.
const TENS_OF_PEOPLE = '(?:[二三四五六七八九两]十|十|几十)[多几来]?(?:户|个人|号人|人)';
// Going together to an office; 二十多户人家去县里打工 is work, not a crowd.
const CROWD_GOING = new RegExp(
  `${TENS_OF_PEOPLE}(?:人家|人)?[^,;。]{0,12}?(?:一起|集体|都)?(?:去|到|上)(?:镇|乡|县|市|省|区)(?![^,;。 ]{0,3}(?:打工|上班|读书|上学|赶集|买|卖))`,
  'gu',
);

/** Compiles the words once; the function returns the story with each such risk named. */
export function compileRiskPhrases(w: RiskPhraseWords): (story: string) => string {
  const verbs = alternation(w.blockVerbs);
  // 把[施工的路]堵了 / 把[路]堵得死死的 / 围了[村委会]; 了 may have been taken out before (story.ts).
  const blocked = new RegExp(`把([^,;。 ]{0,12}?)(?:${verbs})|(?:${verbs})(?:了|住)?([^,;。 ]{0,4}?(?:${alternation(w.blockSites)}))`, 'gu');
  const site = new RegExp(alternation(w.blockSites), 'u');
  const path = new RegExp(alternation([...w.blockPaths, ...w.shopSites]), 'u');
  // 三十多个人说要去把路口拦了: a crowd counted in words is one too.
  const crowd = new RegExp(`${alternation(w.crowds)}|${TENS_OF_PEOPLE}`, 'u');
  const askedOfNone = new RegExp(`(?:去|到|找)(?:${alternation(w.notAuthorities)})[^,;。 ]{0,4}?讨个?说法`, 'gu');
  // 一帮人去堵路讨说法, 把工地围了讨个说法: the answer is the blockade's aim, and the blockade the risk;
  // 堵在镇政府门口讨说法, 到县政府门口去堵着讨说法 still ask it of an office (said before or after the verb).
  const askedByBlocking = new RegExp(`([^,;。 ]{0,12}?(?:${verbs})[^,;。 ]{0,6}?)讨个?说法`, 'gu');
  const office = new RegExp(alternation(w.offices), 'u');
  // The person stands right after 把 (把他的狗打死 is no threat to him): a pronoun, a kin word, 陆某某
  // or a full name (a surname and one or two characters that are no creature: 把黄狗打死 is a dog).
  const surname = `(?:${COMPOUND_SURNAMES.join('|')}|[${SINGLE_SURNAMES}])`;
  const named = `${surname}(?!\\p{Script=Han}{0,1}(?:${alternation(w.notPeople)}))\\p{Script=Han}{1,2}?`;
  const who = `(?:${alternation(w.people)}|\\p{Script=Han}某{1,2}|${named})`;
  const kill = alternation(w.killVerbs);
  const self = alternation(w.selves);
  // 先弄死她再弄死自己: the self is named first, so 弄死 is not read as a threat to someone else.
  // 弄死自己家的狗 is no self.
  const selfKilled = new RegExp(`(?:${kill})(?:${self})(?!家|的)|把(?:${self})(?:${alternation(w.blows)})?(?:${kill})`, 'gu');
  // 把那个男的一家都杀了: the household and 都 may follow whoever is named; so may a second one and
  // 一起 (把老婆孩子一起砍死, 把他和他老婆都弄死).
  const killed = new RegExp(`把${who}(?:(?:和|跟|连)?${who})?(?:一家人|一家|全家)?(?:都|全|一起|一块)?(?:${alternation(w.blows)})?(?:${kill})`, 'gu');
  // 要先砍了她再喝农药, 扬言要捅他: a blade promised to a person, told where it is said (so before the
  // poison); 要砍他家的树 is no person.
  const cut = new RegExp(`(?:要|扬言|就)[^,;。 ]{0,2}?(?:${alternation(w.cutVerbs)})了?${who}(?!家|的|们家)`, 'gu');
  // 弄死他家的狗, 要毒死自己家的鸡: a creature killed is no threat to a person.
  // 把那几头牛全毒死, 把他家的狗打死: the creature before the verb, after its measure or owner (把牛某打死 is a person).
  const creature = new RegExp(
    `(?:${kill})(?:[^,;。 ]{0,4}?[家的])?(?:${alternation(w.notPeople)})|把[^,;。 ]{0,6}?[头只条匹的家群](?:${alternation(w.notPeople)})(?!某)[^,;。 ]{0,2}?(?:${kill})`,
    'gu',
  );
  const mustered = musterRegex(w);
  return (story) => {
    const crowded = crowd.test(story);
    return story
      .replace(askedByBlocking, (m, blocking: string) => (office.test(blocking) ? m : `${blocking}问个明白`))
      .replace(blocked, (m, object?: string, after?: string) => {
        const what = object ?? after ?? '';
        return site.test(what) || (crowded && path.test(what)) ? BLOCKADE : m;
      })
      .replace(creature, '')
      .replace(askedOfNone, '问个明白')
      .replace(CROWD_GOING, (m) => BLOCKADE + m)
      .replace(mustered, (m) => MUSTERED + m)
      .replace(BURN_THREAT, (m) => ARSON + m)
      .replace(selfKilled, SELF_KILLING)
      .replace(killed, KILLING)
      .replace(cut, (m) => KILLING + m);
  };
}

/**
 * People fetched to hold a place against the other side (两边都说要喊齐人上山守着, 叫上全组的人去地里守住),
 * or a group of them fetched to wreck the other side's things (叫上全组的人去把他家的围墙拆了): a crowd
 * massed, as 对峙 is. 叫家里人守着老人 fetches no crowd; a wrecking needs its group said (全组的人, 一帮人).
 */
function musterRegex(w: RiskPhraseWords): RegExp {
  const fetching = `(?:${alternation(w.musterVerbs)})(?:齐了?|上|了|来)?`;
  const who = `的?(?:人|村民|群众)`;
  const guarding = `${fetching}(?:${alternation(w.musterGroups)})?${who}[^,;。]{0,10}?(?:${alternation(w.guardVerbs)})`;
  // 喊了十几个亲戚去把塘埂挖了: kin counted as a group wreck like any crowd (叫亲戚守着病人 guards nobody's ground).
  const wrecker = `(?:${who}|的?(?:${alternation(w.kinFetched)}))`;
  const wrecking = `${fetching}(?:${alternation(w.musterGroups)})${wrecker}[^,;。 ]{0,3}?把[^,;。 ]{1,10}?(?:${alternation(w.wreckVerbs)})`;
  return new RegExp(`${guarding}|${wrecking}`, 'gu');
}
