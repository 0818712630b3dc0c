import type { Need } from './signals.js';
import * as W from './words.js';

/**
 * The consultation reading: a villager's legal question often tells a past harm in detail
 * (拿石头打我家姑娘 头上缝了五针 医院花了一千多) and ends with a legal ask (大人要不要负责). A harm
 * told as finished, asked about as liability, cost or procedure, with nothing going on now, is a
 * question, not a cry. Nothing here lowers a message where someone is still at it, threatens, cries
 * for help, or speaks of dying.
 */
const rx = (source: string) => new RegExp(source, 'u');

/** Something going on now or about to: any of these keeps the message as it reads. */
const GOING_ON = rx(
  [
    '正在|还在|又在|现在又|现在还|马上|立刻|此刻|这会|眼下|刚刚|刚才|今晚|等下|等会|就在|躲在|藏在|打不通|到处找',
    '在(?:我|俺)?们?家?(?:门口|楼下|院子|院坝|屋外|窗外)|门口(?:守|堵|转|等|站|蹲|坐)|(?:堵|守|围|蹲|等)在|追到|找上门|在[^，。\\s]{0,4}(?:闹|吵|骂|砸|守|转|堵)',
    '(?:堵|守|追|拿|举|提|拎|揣|握|挥|拽|按)着|在(?:流|冒|烧|漏|打|追|砍|砸|闹|堵|守|吐)|止不住|不停|叫不醒|喊不应|没反应|昏迷|喘不',
    '又(?:来|打|拿|追|闹|砸|要|说|扬言|开始|动手|找)|还(?:拿|举|提|拎|要|说|扬言|守|堵|追|打|在|没醒|昏|不醒|会)(?![^，。\\s]{0,4}过)',
    '现在[^，。\\s]{0,3}(?:拿|举|提|在|守|堵|追|打|砍|闹|昏|不醒|还)|乱(?:砍|捅|打|砸)',
    // Held now: a confinement told is a confinement going on.
    '关在|锁在|困在|关着|锁着|出不去|不(?:让|准|放)(?:我|俺|人)?(?:走|出)',
  ].join('|'),
);
/** A threat stays a threat, whenever the harm before it was done. */
const THREAT = rx(
  '扬言|放话|威胁|说要|喊着要|(?:要|想|准备)(?:去|来)?(?:杀|砍|捅|弄死|打死|整死|烧|炸|毒|收拾|报复|算账)|(?:弄|打|整|砍|搞)死(?:你|我|他|她|俺|全家)|报复|不放过|等着瞧|走着瞧|拼命',
);
/** Dying spoken of now. */
const SELF = rx('不想活|想死|活不下去|活着没意思|自杀|轻生|寻死|死了算了|不活了');
/** A cry for help (words.HELP) or fear. */
const CRY = rx(`${W.HELP}|帮帮我|好害怕|好怕|吓死|来人`);
/** An unresolved state, chronic only when it has lasted months or years. */
const STILL = rx('到现在|至今|一直没|还没(?:找到|回来|回家|消息|联系上)|还是?(?:找不到|联系不上)');

/** What a consultation asks at its end: who is liable, who pays, where to go, what the law says. */
const ASK = rx(
  [
    '要不要(?:负责|赔|出|管|坐牢|判|办)|负不负责|谁负责|要负责|负什么责|什么责任|责任|赔不赔|该不该赔|该赔|要赔|赔多少|怎么赔|谁赔|能赔|赔偿|索赔|医药费',
    '不认账|不认|不赔|不出钱|一分钱?都?不出|一分不出|赖账|推脱|耍赖|不管',
    '怎么(?:整|办|弄|处理|算|离|告|分|要)|咋办|找哪里|找谁|找哪个|哪里(?:办|告|管|申请|能)|去哪',
    '是不是|能不能|可不可以|可以(?:吗|不|么)|行不行|会不会(?:判|坐牢|被)|会被判|判(?:死刑|几年|多久|刑)|坐牢|犯法|违法|合法|犯罪|什么罪|算不算|算(?:什么|啥)',
    '有没有(?:用|效|责任|权)|手续|要办|起诉|告他|打官司|法院|离婚|离得|宣告|请求|主张|权利|归谁|有我的份|处罚|追究',
  ].join('|'),
);
/** The law's consequences asked about in the abstract: 未成年人杀人了会被判死刑吗. */
const LAW_CONSEQUENCE = rx('判|刑|罪|犯法|违法|责任|处罚|坐牢|追究|赔|合法');
/** A harm told as treated and paid for: 住了半个月院, 缝了五针, 花了一千多. */
const TREATED = rx(
  [
    '住了[^，。\\s]{0,6}院|住(?:了)?院(?:了|花|[\\d一两三四五六七八九十几半])|出院|缝了[^，。\\s]{0,4}针|花了[^，。\\s]{0,8}(?:钱|块|元|万|千|百|多)',
    '医药费|医疗费|治疗费|拍了?片|做了[^，。\\s]{0,2}手术|打了?石膏|验了伤|鉴定(?:了|是|为|出)|轻伤|重伤|轻微伤|伤残|伤好了|好了以后',
  ].join('|'),
);
/** Months or years: a harm or an absence that long ago is history, or a chronic matter. */
const LONG = rx('(?:[数几两三四五六七八九十多一半\\d]+|好几|好多)(?:年|个月)(?:前|了|多|没|都|来)|多年|这些年|年前');
/** A date set against the story (上次还被打得住了院): two events, the other one maybe now. */
const DATED = rx('上次|上回|那回|那次|那年|当时|去年|前年|以前|之前|后来');
/** The existing legal-question weight (weigh.ts) already lowers these: not counted twice. */
const LEGAL = rx(W.LEGAL);
/** An adult who has been gone a long time (a spouse left for work years ago): not a child lost now. */
const GONE = rx('找不到|找不着|没消息|没音讯|联系不上|失联|不见|停机|关机|没回来|不回来');
const CHILD = rx(W.CHILD);
// Gone since this morning is a person missing now, whatever happened years ago.
const RECENT = rx('今天|今早|今晚|早上|上午|下午|晚上|昨天|昨晚|前天|刚|小时|钟头|半天|一天一夜|两天');
const FIRST_PERSON = /我|俺|咱/u;
const CLAUSE = /[，。！？!?；;、,.~…\n\s]+/u;
// A child's danger is lowered only by a harm treated and paid for, or by an adult long gone.
const CHILD_NEEDS: ReadonlySet<Need> = new Set(['childMissing', 'childWater', 'childHurt']);

/**
 * How much the consultation frame lowers a reading: 3 for a finished harm or a long absence asked
 * about, 2 for a question about the law with nobody of one's own in it, else 0.
 */
export function consultWeight(folded: string, live: readonly string[], need: Need): number {
  const liveText = live.join('，');
  if (GOING_ON.test(liveText) || THREAT.test(liveText) || SELF.test(liveText) || CRY.test(folded)) return 0;
  const clauses = folded.split(CLAUSE).filter(Boolean);
  const ending = clauses.slice(-2).join('，');
  if (!ASK.test(ending)) return 0;
  if (STILL.test(liveText) && !LONG.test(folded)) return 0;
  if (adultLongGone(clauses)) return 3;
  // Treated and paid for with no other date in the story: this harm is the one asked about.
  if (TREATED.test(folded) && !DATED.test(folded)) return 3;
  if (CHILD_NEEDS.has(need)) return 0;
  return !FIRST_PERSON.test(folded) && !LEGAL.test(folded) && LAW_CONSEQUENCE.test(ending) ? 2 : 0;
}

/** Someone gone for months or years (the time said in that clause or the two before), no child in it, nothing of today. */
function adultLongGone(clauses: readonly string[]): boolean {
  if (RECENT.test(clauses.join('，'))) return false;
  return clauses.some((c, i) => GONE.test(c) && LONG.test(clauses.slice(Math.max(0, i - 2), i + 1).join('，')) && !CHILD.test(clauses.slice(Math.max(0, i - 1), i + 1).join('，')));
}
