/**
 * Chat noise that says nothing about the legal question: greetings, thanks, polite openers, urging,
 * emoji. Removed before searching so character pairs such as 请问 or 谢谢 match no article.
 * A township can add its own greetings here.
 */
export const CHAT_NOISE: readonly string[] = [
  '你好',
  '您好',
  '在吗',
  '在不在',
  '打扰一下',
  '打扰了',
  '请问一下',
  '请问',
  '想问一下',
  '想问下',
  '想问问',
  '问一下',
  '问下',
  '咨询一下',
  '咨询下',
  '麻烦问一下',
  '麻烦问下',
  '麻烦您',
  '麻烦你',
  '帮忙看看',
  '帮我看看',
  '谢谢',
  '多谢',
  '感谢',
  '急急急',
  '求解答',
  '求解',
  '大神们',
  '各位',
];

// Emoji, pictographs and bracketed WeChat stickers such as [捂脸] carry no words.
const EMOJI = /[\p{Extended_Pictographic}\u{1f3fb}-\u{1f3ff}\ufe0f\u200d]|\[[\p{Script=Han}a-zA-Z]{1,4}\]/gu;
const NOISE = new RegExp(CHAT_NOISE.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

// Vague counts and spans (几十年, 好几回, 十几天, 一两个月): how long or how often, never which article;
// left in, 几十年 brings 十年 and matches the statutes' fixed periods (三十年, 十年以下).
const VAGUE_COUNT = /(?:[好几]+[十百千万]?几?|好多|[十百][几来多]|[一二两三四五][两三四五六]|[十百]来)(?:个)?(?:年|月|天|日|回|次|遍|趟|辈子)/g;

/** "你好请问老公打人咋办😭" → "，，老公打人咋办，": noise becomes a break, so no new word forms across it. */
export function cleanQuestion(text: string): string {
  return text.replace(EMOJI, '，').replace(NOISE, '，');
}

/**
 * The words to match against the statutes: the cleaned question without its vague counts. The synonym
 * table still reads them (好几年 → 诉讼时效), so they are dropped only here.
 * matchText('走了几十年了，他砌墙堵死') → '走了，了，他砌墙堵死'
 */
export const matchText = (cleaned: string): string => cleaned.replace(VAGUE_COUNT, '，').replace(THIS_LAWFUL, '，').replace(A_NOT_A, '$1');

// "这个违法不", "这样子合法吗" at the end of a told matter: the ask points back at the matter, which
// picks the law; left in, 违法 matches whatever entry or article happens to say it.
const THIS_LAWFUL = /(?:这个|这样子?|这种|这|那样)(?:做|搞|子)?(?:算)?(?:违法|犯法|合法)(?=[不吗么没嘛呢啊哦]|[，。？！?!]|$)/gu;

// Yes-no questions said as A不A (要不要, 算不算, 赔不赔, 可不可以): the asking is no topic, and the
// halves 不要, 不算 would match statutes by chance. Only A is kept.
const A_NOT_A = /(\p{Script=Han})[不没]\1/gu;
