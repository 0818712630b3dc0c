import { STRONG } from './kinds.js';
import type { Segment } from './segments.js';
import { SIGNALS } from './signals.js';
import * as W from './words.js';

const rx = (source: string) => new RegExp(source, 'u');
const HELP = rx(W.HELP);
const LAUGHING = rx(W.LAUGH);
// News and notices outweigh any signal, unless someone cries for help (走访时发现着火了 快来人).
const NEWS = rx(W.NEWS);
const LEGAL = rx(W.LEGAL);
const ASKING = rx(W.ASKING);
const NOW = rx(W.NOW);
// 现在还没跟他说: a now that says nothing is happening.
const NOW_NOTHING = /(?:现在|这会)还?(?:没|不)/u;
const DONE_HARM = rx(W.DONE_HARM);
const AFTERMATH = rx(W.AFTERMATH);
const CROP_HARM = rx(W.CROP_HARM);
const OWN_ANIMAL_HARM = rx(W.OWN_ANIMAL_HARM);
const SLAUGHTER = rx(W.SLAUGHTER);
const ANIMAL_ATE = rx(W.ANIMAL_ATE);
const OTHERS = rx(W.OTHERS);
// The writer's own child or kin: 同学, 朋友 around them are actors in the writer's case, not someone else's case.
const OWN_KIN = rx(`(?:我|俺)(?:们)?家?的?(?:${W.KIN}|${W.CHILD}|[表堂][哥姐弟妹])`);
const SOMEONE = rx(W.SOMEONE);
// A blade or a chase turned on a person (卖鸡的拿杀鸡刀追着人砍): no market or slaughter reading lowers it.
const AT_PERSON = '追|砍(?:人|我|你|他|她)|捅|冲(?:过来|进)';
const AT_A_PERSON = rx(AT_PERSON);
// Buying as part of someone's threat (放话要去买包药, 他说要买老鼠药) or to put it into a household's things
// (买老鼠药 回来就倒进我家水井) is no talk of goods.
const BOUGHT_TO_HARM = `${AT_PERSON}|扬言|放话|威胁|(?<![我俺])(?:他|她|那人|对方|那家人?|邻居|人家)[^，。\\s]{0,2}说要|(?:倒|拌|下|撒|投|放)(?:进|到|在)?(?:我|你|他|她|俺|别人|人)们?家`;
const TOLD: [RegExp, number][] = [
  [NEWS, 3],
  [rx(W.NOTICE), 3],
  [rx(W.SCAM), 3],
  [rx(W.SCAM_CALL), 3],
  [rx(W.LAUGH), 2],
  [rx(W.RUMOR), 2],
];
const ASKED: [RegExp, number][] = [
  [OTHERS, 1],
  [SOMEONE, 1],
  [LEGAL, 1],
  [rx(W.HEARSAY), 1],
  [rx(W.GAME), 2],
  [rx(`^(?!.*(?:${BOUGHT_TO_HARM})).*(?:${W.COMMERCE})`), 1],
  [ASKING, 1],
  [rx(W.PARENTING), 1],
  [rx(W.TRAINING), 2],
  [rx(W.FIELD_WORK), 1],
  [rx(W.SCOLD), 2],
  [rx(W.BARGAIN), 2],
  [rx(W.DISCIPLINE), 1],
];
// A harm named as a case in teaching or policy work weighs a whole strong signal, unless something is now.
const POLICY = rx(W.POLICY);
const CASE_OF = rx(W.CASE_OF);
// The writer or their household in the message: a news word or a legal question then weighs less,
// since the danger may be their own (他们不让我打视频 / 他把我锁在屋里 犯法吗).
const FIRST_PERSON = /我|俺|咱/u;
// 我们这边, 咱这里: the writer's area, not the writer in the story (咱们这里要注意啥 after a clip).
const OUR_AREA = /(?:我|俺|咱)们?(?:这边|这里|这儿|这块|这一带|当地)/gu;
// A clip the writer was sent, when their own people are in the message (视频里我儿子被绑着): no news,
// unless it was found on a platform (刷抖音看到的视频里).
const SENT_CLIP = /(?<!(?:抖音|快手|网上|新闻|刷|看)[^，。]{0,4})视频(?:里|上)/gu;
// A legal word inside a threat's condition (再跟他离婚他就跳下去) asks nothing about the law.
const CONDITION = new RegExp(W.CONDITION, 'gu');

/**
 * How much the frame of the message lowers a signal: told (news, a notice), asked about (others'
 * case, the law, hearsay, a game), or a harm already done and asked about as a cost.
 */
export function discount(folded: string, now: boolean, segments: readonly Segment[]): number {
  // 救命啊😂: a cry said laughing asks for no help.
  const helpAsked = HELP.test(folded) && !LAUGHING.test(folded);
  const late = nowAfterQuestion(segments);
  const table = (helpAsked ? ASKED : [...TOLD, ...ASKED]).filter(([re]) => !(late && (re === LEGAL || re === ASKING)));
  const own = FIRST_PERSON.test(folded.replace(OUR_AREA, ''));
  const ownKin = OWN_KIN.test(folded);
  const textFor = (re: RegExp) => (re === LEGAL ? folded.replace(CONDITION, '') : re === NEWS && ownKin ? folded.replace(SENT_CLIP, '') : folded);
  // 儿子把对方打伤了，医药费要大人出吗: a harm already done, asked about who pays, is a legal
  // question about the past, not someone in danger (unless something is still happening or help is called for);
  // so are trees and crops cut or stolen, and the writer's own wish to poison an animal (a wrongdoing request).
  const aftermath = !now && !helpAsked && DONE_HARM.test(folded) && AFTERMATH.test(folded) ? STRONG : 0;
  const crops =
    !helpAsked && (CROP_HARM.test(folded) || OWN_ANIMAL_HARM.test(folded) || (SLAUGHTER.test(folded) && !AT_A_PERSON.test(folded)) || ANIMAL_ATE.test(folded)) ? STRONG : 0;
  const policy = !now && !helpAsked && (POLICY.test(folded) || CASE_OF.test(folded)) ? STRONG : 0;
  return aftermath + crops + policy + table.reduce((sum, [re, by]) => sum + (re.test(textFor(re)) ? (re === OTHERS && ownKin ? 0 : weigh(re, by, own, now)) : 0), 0);
}

// The beast hurt, not the one herded by the person hurt (放羊被野猪拱翻 is the herder's wound).
const BEAST_HURT = /(?<![放赶牵喂看])(?:狗|猫|鸡|鸭|鹅|猪|牛|羊|兔|马)(?:儿|娃)?[^，。]{0,2}被[^，。]{0,8}(?:咬|打|砍|撞|踢|踩|毒|药|夹|压|顶|拱)/u;
const PERSON_HURT = rx(
  `(?:${W.PERSON}|${W.KIN}|${W.CHILD})[^，。]{0,3}(?:也|都)?(?:被|吃了|喝了|吞了)|(?:咬|撞|踢|砍|压|打|揍|踹|捅)(?:了|伤|到)?(?:${W.PERSON}|${W.KIN}|${W.CHILD})`,
);

// A person's body down or hurt: one list for both readings below.
const DOWN = '晕|昏|倒|醒|抽|吐|喘|紫|摔|烫|断';
// A beast sick (猪病了 一直抽): its fits and fevers are the vet's.
const SICK_BEAST = /(?:猪|牛|羊|狗|猫|鸡|鸭|鹅|兔|马)(?:儿|子)?[^，。]{0,3}(?:病了|生病|不吃食|发烧|拉稀|发瘟)/u;
// A person of the house down or hurt beside the sick beast (我爸去喂猪突然晕倒了): not the vet's.
const PERSON_DOWN = rx(`(?:${W.KIN}|${W.CHILD}|他|她|人)[^，。]{0,6}(?:${DOWN}|血)`);
// A beast slaughtered (杀鸡 血流了一地): the blood is its, unless a person's body is named (杀鸡把手划了).
const SLAUGHTERED = /(?:杀|宰|剖)了?(?:猪|鸡|鸭|鹅|牛|羊|鱼|兔)/u;
// Blood is all it tells: a body part, a collapse or a blow elsewhere is a person's (杀鸡时我妈晕倒了).
const BODY_PART = new RegExp(`手|脚|腿|指|头|脸|眼|肚|胳膊|脖子|反应|${DOWN}|咬|打|砍|捅`, 'u');

/** A wound or a poison that only a beast took (我家的狗被咬了 流了点血): the vet's, not 120's. */
export function beastOnly(folded: string): boolean {
  if (SICK_BEAST.test(folded) && !PERSON_HURT.test(folded) && !PERSON_DOWN.test(folded)) return true;
  const rest = folded.replace(SLAUGHTERED, '');
  if (SLAUGHTERED.test(folded) && !PERSON_HURT.test(rest) && !BODY_PART.test(rest)) return true;
  return BEAST_HURT.test(folded) && !PERSON_HURT.test(folded.replace(BEAST_HURT, ''));
}

// A child lifted into the car to be taken somewhere ordinary, with nothing forced or strange about it.
const ERRAND = /(?:送|带|接)[^，。]{0,3}(?:去|到|回)[^，。]{0,6}(?:幼儿园|学校|上学|外婆|奶奶|姥姥|医院|卫生院|家|赶场|县城|镇上)/u;
// Force on the child itself; for a car ride also a cry, or the car gone (a parent who left years ago
// 跑了 is no force in a custody question).
const BY_FORCE = /陌生|不认识|生人|硬|强行|哭|拽|拖|塞|抢/u;
const FORCED = new RegExp(`${BY_FORCE.source}|喊|叫|跑了|开走|不见`, 'u');

// Who brings the child up, asked about (判给她不, 抚养费): a custody question, not a child taken.
const CUSTODY = /判给|抚养权|抚养费|监护权|跟谁过|归谁带|归谁养|(?:我|俺)(?:能不能|可不可以|可以|能)[^，。]{0,3}把(?:娃|孩子|儿子|女儿|小孩)带走/u;

/** 她回来要把娃带走 法院会把娃判给她不: custody asked about, with nothing forced or strange in it. */
export function custodyOnly(folded: string): boolean {
  return CUSTODY.test(folded) && !BY_FORCE.test(folded);
}

// Stopped by the police already (遭交警拦到了, 被交警逮到了, 路上遇到交警查), or the drive over and the police on
// their way to look into it (警察要来查, 交警在查, 遭拍到了): the drunk driving is in their hands.
const CAUGHT =
  /(?:交警|警察|派出所)[^，。]{0,4}(?:拦|查|抓|扣|逮)(?:到|住|了|下)|(?:遇到|碰到|遇上|碰上)[^，。]{0,2}(?:交警|警察)[^，。]{0,2}(?:查|拦)|(?:交警|警察|派出所)[^，。]{0,2}(?:要来|在|来)(?:查|找|问)|(?:遭|被)[^，。]{0,3}拍到/u;

/** 喝了两杯骑摩托 遭交警拦到了 要扣驾照不: a stop already made or an inquiry under way, not a driver on the road. */
export function caughtAlready(folded: string): boolean {
  return CAUGHT.test(folded);
}

// A beast strayed and penned by the one it harmed (被他关在他家圈里 要五百块去领): held for a fee, nobody shut in.
// 马 in 马上, 马路 is no horse.
const BEAST = /(?:牛|猪|羊|马(?!上|路|达)|驴|鸡|鸭|鹅|狗)(?:儿|子)?/u;
const PERSON_SHUT = new RegExp(
  `(?:${W.PERSON}|${W.KIN}|${W.CHILD})(?:被|遭)[^，。]{0,3}(?:关|锁)|把${W.AGE}?(?:${W.PERSON}|${W.KIN}|${W.CHILD})[^，。]{0,5}(?:关|锁)|不(?:放|让)(?:我|俺|他|她|人)(?:走|出)`,
  'u',
);

/** 我家牛跑到他田里 被他关在圈里不放: a beast held, not a person. */
export function beastHeld(folded: string): boolean {
  return BEAST.test(folded) && !PERSON_SHUT.test(folded);
}

/** 把娃抱上车 送去幼儿园: a school run, not a child taken. */
export function errandOnly(folded: string): boolean {
  return ERRAND.test(folded) && !FORCED.test(folded);
}

/** A question about the law with nobody of one's own in it and nothing now is abstract: 非法拘禁判几年. */
function weigh(re: RegExp, by: number, own: boolean, now: boolean): number {
  if ((re === NEWS || re === SOMEONE) && own) return by - 1;
  if (re === LEGAL && !own && !now) return by + 1;
  return by;
}

// A threat by its very form (哪个敢过来就砍哪个, 要砍死你): present whatever the tense words say. Only threats:
// a child taken by the in-laws in a divorce question (婆家非要把娃抱走) is custody asked about.
const BY_FORM = SIGNALS.filter((s) => s.strong && (s.need === 'threat' || s.need === 'weapon')).map((s) => new RegExp(s.rx.source, 'u'));

/**
 * The question first, then the danger said to be now (我想咨询一下… 现在他人就在我家楼下) or a threat in a
 * form that is now by itself (请问承包地能不能收回 他拿起柴刀 说哪个敢过来就砍哪个): the question weighs nothing.
 * The question is looked for in every clause: one asked as a supposition (请问离婚的话房子怎么分) is dead to the
 * signals but is still the question the danger comes after.
 */
function nowAfterQuestion(segments: readonly Segment[]): boolean {
  const asked = segments.map((s) => LEGAL.test(s.text) || ASKING.test(s.text)).lastIndexOf(true);
  const after = segments.slice(asked + 1).filter((s) => !s.dead);
  return asked >= 0 && after.some(({ text }) => (NOW.test(text) && !NOW_NOTHING.test(text)) || BY_FORM.some((f) => f.test(text)));
}
