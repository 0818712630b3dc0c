import { citationLine } from './cite.js';
import { normalizeQuestion } from './expand.js';
import type { Citation } from './knowledge.js';

// Someone the asker lives with or was married to, as residents name them.
const FAMILY = '老公|男人|丈夫|当家的|孩子他爹|孩他爹|前夫|对象|老婆|媳妇|妻子|前妻|婆婆|公公|婆家|儿子|儿媳|女婿|后爹|后妈|继父|继母|我爸|我妈|俺爹|俺娘|家里人';
// Hitting in the words people use; 打工, 打电话, 打官司 and the like are not hitting.
const HIT = '打(?!工|电话|官司|听|算|扫|麻将|牌|针|药|证|钱|款|欠条|借条|字|印|游戏|农药|猪|井|柴|水|理|交道|招呼|包|车)|动手|揍|踢|扇|掐|拳|家暴|家庭暴力|往死里';
const SAID_OF_FAMILY = new RegExp(`(${FAMILY}).{0,12}(${HIT})|(${HIT}).{0,4}(${FAMILY})|被(${FAMILY}).{0,6}(${HIT})`);
const NAMED = /家暴|家庭暴力/;

/** A question about violence at home (repeated or past): it is answered with safety first, never mediation. */
export function isFamilyViolence(question: string): boolean {
  const q = normalizeQuestion(question);
  return NAMED.test(q) || SAID_OF_FAMILY.test(q);
}

const LAW = '中华人民共和国反家庭暴力法';
/** 13: ask 妇联/村委会 for help; 15: police must come and stop it; 16: 告诫书; 23: 人身安全保护令. */
export const PROTECTION_ARTICLES: readonly Citation[] = [13, 15, 16, 23].map((article) => ({ law: LAW, article }));

/**
 * The opening of every answer about violence at home: safety, then the protections the law gives.
 * Only articles present in the imported statutes are named.
 */
export function safetyLead(present: (c: Citation) => boolean): string {
  const cites = PROTECTION_ARTICLES.filter(present);
  const lines = [
    '先顾安全：他再动手，立即拨打110，公安机关应当出警制止；受了伤去医院验伤，留好病历、伤情照片和报警记录。',
    '法律给你的保护：①公安机关可以对他批评教育或出具告诫书；②可以向法院申请人身安全保护令，禁止他再打你、骚扰你、靠近你；③可以找妇联（热线12338）、村委会求助，它们可以代你申请保护令。',
  ];
  if (cites.length > 0) lines.push(`${citationLine(cites)}。`);
  return lines.join('\n');
}
