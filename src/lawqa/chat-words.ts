// What residents send around a question, as data: a township may add its own ways of saying it.

/** Replies to an answer that mean "this helped" / "this did not help". */
export const HELPFUL_WORDS = ['有用', '有帮助', '管用', '很有用', '有用谢谢', '有用，谢谢'];
export const UNHELPFUL_WORDS = ['没用', '没有用', '没帮助', '没有帮助', '不管用', '没啥用', '没什么用', '没得用'];

/** Asking for a grid worker to mediate, alone or followed by what the dispute is about. */
export const MEDIATION_WORDS = ['需要调解', '我要调解', '要调解', '申请调解', '请求调解', '帮忙调解'];

/** Days the grid worker gets to take up a case asked for through the Q&A (as `#交办` without a time limit). */
export const MEDIATION_DAYS = 7;

/** How long after an answer 有用/没用 and 需要调解 still refer to it. */
export const FOLLOW_UP_HOURS = 24;

// Punctuation, spaces and emoji-like symbols around a short reply carry no meaning.
const NOISE = /[\s\u2005\u3000，。！!？?~～、.,…:：;；"'“”‘’()（）\p{Extended_Pictographic}]/gu;

const bare = (text: string): string => text.replace(NOISE, '');

/** '有用！' → true, '没用' → false, anything else → null. */
export function feedbackOf(text: string): boolean | null {
  const t = bare(text);
  if (HELPFUL_WORDS.some((w) => bare(w) === t)) return true;
  if (UNHELPFUL_WORDS.some((w) => bare(w) === t)) return false;
  return null;
}

/**
 * '需要调解' → { details: '' }; '需要调解，邻居家的水沟淹了我家田' → { details: '邻居家的水沟淹了我家田' };
 * anything else → null.
 */
export function mediationRequest(text: string): { details: string } | null {
  const t = text.trim();
  const word = MEDIATION_WORDS.find((w) => t.startsWith(w));
  if (!word) return null;
  const rest = t.slice(word.length);
  if (bare(rest) === '') return { details: '' };
  // "需要调解吗" and the like are questions about mediation, not a request.
  if (!/^[\s\u2005\u3000，,。:：;；!！]/.test(rest)) return null;
  return { details: rest.replace(/^[\s\u2005\u3000，,。:：;；!！]+/, '').trim() };
}

/** A `#command` (known or not) is never a legal question. */
export const isCommandLike = (text: string): boolean => /^[#＃]/.test(text.trim());
