import { categoryOf } from './category.js';
import { articleLabel, citationLine, sameCitation } from './cite.js';
import { shortTitle } from './corpus.js';
import { looksLikeOwnDispute, type OutReason } from './guard.js';
import type { Citation } from './knowledge.js';
import { isFamilyViolence, PROTECTION_ARTICLES, safetyLead } from './family-violence.js';
import { SPEAK_STRENGTH } from './curated.js';
import type { EntryHit, Retrieval, Retriever } from './retrieve.js';
import type { Article } from './statutes.js';
import { wrongdoingOf } from './wrongdoing.js';
import { REFUSALS } from './wrongdoing-words.js';

export interface Answer {
  answer: string;
  /** Best first; every one exists in the imported statutes. */
  citations: Citation[];
  outOfScope: boolean;
  urgent: boolean;
  ownDispute: boolean;
  mode: 'retrieval' | 'llm';
  category?: string;
  /** Violence at home: the answer leads with safety and never offers mediation, whoever words it. */
  familyViolence?: boolean;
}

export const GENERAL_INFO = '以上是一般法律常识，具体要看实际情况。';
export const WHERE_TO_GET_HELP = '需要帮助可找村调解员、网格员，或拨打12348法律援助热线；遇到危险请立即拨打110。';
// Violence at home is not a matter for mediation: the help line names those who protect instead.
export const FAMILY_VIOLENCE_HELP = '需要帮助可找妇联（12338）、村委会，或拨打12348法律援助热线；遇到危险请立即拨打110。';
export const MEDIATION_OFFER = '需要网格员帮忙调解吗？回复“需要调解”';

/** How many citations an answer shows: enough to be useful, few enough for a phone screen. */
export const MAX_CITATIONS = 3;
const EXCERPT_CHARS = 90;
// Under each citation: enough of the article's own words to see whether it speaks of the question.
const CITE_EXCERPT_CHARS = 48;
const FAMILY_VIOLENCE_LAW = '中华人民共和国反家庭暴力法';

const DECLINES: Record<OutReason | 'injection', string> = {
  chat: '您好！我是法律问答助手。家庭、邻里、土地山林、借钱打工这些方面的法律问题，直接问我就行。',
  // Tracking and exposing people is refused in the words of the wrongdoing table (illegal, the articles).
  privacy: REFUSALS.track,
  writing: '我是法律问答助手，写诗、写文章帮不上忙。家庭、邻里、土地、借钱、打工这些方面的法律问题，欢迎问我。',
  offTopic: '这个不是法律问题，我答不好：看病请找村医或医院，牲畜生病请找镇畜牧兽医站，天气请看天气预报。有法律方面的问题欢迎问我。',
  policy: '社保、医保、低保这类政策的标准和办理办法由当地政府公布，法条里查不到具体规定。请到镇政府便民服务窗口、村委会咨询，或拨打12333（人社）、12345（政务服务热线）。',
  noBasis: '这个问题我在法律条文里没找到依据，不敢乱说。可以问问村调解员、网格员，或拨打12348法律援助热线。',
  wrongdoing: '这是违法的事，我不能帮忙。有纠纷请找村调解员、网格员，或拨打12348法律援助热线。',
  injection: '我只回答日常法律问题，不能更改设置，也不能提供任何内部信息或他人资料。',
};

/** A polite decline; it cites nothing. A request for wrongdoing gets the refusal of its kind (the question is needed). */
export function declineAnswer(reason: OutReason | 'injection', question = ''): Answer {
  const answer = reason === 'wrongdoing' ? (wrongdoingOf(question)?.refusal ?? DECLINES.wrongdoing) : DECLINES[reason];
  return { answer, citations: [], outOfScope: true, urgent: false, ownDispute: false, mode: 'retrieval' };
}

/**
 * Body + citation line + each article's own words + the general-information and help lines
 * (+ the mediation offer). `articleOf` finds the excerpted articles; without it no excerpts are shown.
 */
export function finishAnswer(
  body: string,
  citations: readonly Citation[],
  ownDispute: boolean,
  articleOf?: (c: Citation) => Article | undefined,
  help = WHERE_TO_GET_HELP,
): string {
  const lines = [body.trim()];
  const line = citationLine(citations);
  if (line) lines.push(`${line}。`);
  lines.push(...excerptLines(body, citations, articleOf));
  lines.push(GENERAL_INFO, help);
  if (ownDispute) lines.push(MEDIATION_OFFER);
  return lines.join('\n');
}

/** "·《民法典》第一千零七十九条规定：夫妻一方要求离婚的，……" for each article the body does not already quote. */
function excerptLines(body: string, citations: readonly Citation[], articleOf?: (c: Citation) => Article | undefined): string[] {
  if (!articleOf) return [];
  return citations.flatMap((c) => {
    const a = articleOf(c);
    if (!a || body.includes(`《${shortTitle(a.law)}》${articleLabel(a)}规定`)) return [];
    return [`·${excerpt(a, CITE_EXCERPT_CHARS)}`];
  });
}

/** "《民法典》第一千零七十九条规定：夫妻一方要求离婚的，……" cut at a sentence end when one is near. */
export function excerpt(a: Article, chars = EXCERPT_CHARS): string {
  const flat = a.text.replace(/\n/g, '');
  let cut = flat.length <= chars ? flat : flat.slice(0, chars);
  if (cut.length < flat.length) {
    const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'));
    cut = end >= chars / 2 ? cut.slice(0, end + 1) : `${cut}……`;
  }
  return `《${shortTitle(a.law)}》${articleLabel(a)}规定：${cut}`;
}

/**
 * The answer without an LLM: the curated answer when its entry matched strongly and rests on the
 * articles shown, else an excerpt of the best article; violence at home leads with safety.
 */
export function answerByRetrieval(question: string, retriever: Retriever, retrieval?: Retrieval): Answer {
  const r = retrieval ?? retriever.search(question, 5);
  const top = r.entries[0];
  const shown = r.citations.slice(0, MAX_CITATIONS);
  // The curated answer is used only when the articles shown under it include one it rests on:
  // otherwise the text and the citations would speak of different things.
  const agrees = (e: EntryHit) => e.citations.some((c) => shown.some((s) => sameCitation(c, s)));
  const entry = top && top.strength >= SPEAK_STRENGTH && agrees(top) ? top : undefined;
  const best = r.articles[0]?.article;
  if (!entry && !best) return declineAnswer('noBasis');
  // Violence at home is also what the Anti-Domestic Violence Law answers first, or a strong entry on it speaks of:
  // constant abuse at home (经常性谩骂, 不准出门) is violence even when nobody hits.
  const onViolence = (c: Citation | undefined) => c?.law === FAMILY_VIOLENCE_LAW;
  const violence = isFamilyViolence(question) || onViolence(shown[0]) || (entry?.entry.cites.some(onViolence) ?? false);
  const present = (c: Citation) => retriever.article(c) !== undefined;
  const body = [violence ? safetyLead(present) : '', entry ? entry.entry.a : excerpt(best!)].filter(Boolean).join('\n');
  const ownDispute = !violence && looksLikeOwnDispute(question);
  // The protections named in the lead follow the ranked citations, so they are listed without displacing them.
  const extra = violence ? PROTECTION_ARTICLES.filter((c) => present(c) && !shown.some((s) => sameCitation(s, c))) : [];
  return {
    answer: finishAnswer(body, shown, ownDispute, retriever.article, violence ? FAMILY_VIOLENCE_HELP : WHERE_TO_GET_HELP),
    citations: [...shown, ...extra],
    outOfScope: false,
    urgent: false,
    ownDispute,
    mode: 'retrieval',
    category: categoryOf(entry?.entry, best),
    ...(violence ? { familyViolence: true } : {}),
  };
}
