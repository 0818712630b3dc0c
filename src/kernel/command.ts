/** A chat command: `#绑定 本群 上司村 三组` → { name: '绑定', args: ['本群', '上司村', '三组'] }. */
export interface Command {
  name: string;
  args: string[];
  /** Everything after the command word, spacing kept (for free text such as 标题|正文|主题). */
  rest: string;
}

const LEADING_HASH = /^[#＃]\s*/;
/**
 * What parts the words of a command's arguments: any space (WeChat ends a mention with U+2005) and
 * the commas a phone keyboard offers in Chinese (网格员，上司村三组).
 */
export const WORD_SEPARATORS = /[\s,，、;；]+/;
const SPACES = /[\s\u3000\u2005]+/;

/** Reads a `#` or `＃` command; null when the text is not one. */
export function parseCommand(text: string): Command | null {
  const trimmed = text.trim();
  if (!LEADING_HASH.test(trimmed)) return null;
  const body = trimmed.replace(LEADING_HASH, '');
  const [name = '', ...args] = body.split(SPACES).filter(Boolean);
  if (!name) return null;
  const rest = body.slice(body.indexOf(name) + name.length).trim();
  return { name, args, rest };
}

// A command word of Chinese characters only. Chinese is written without spaces between words, so on
// a phone '#成员列表' and '#绑定本群上司村三组' are as natural as the spaced forms; Latin words
// ('help') are always spaced and a single character ('查') would swallow ordinary words ('查询').
const GLUABLE_NAME = /^[\u3400-\u9fff]{2,}$/u;

/**
 * Reads `#name …` for one of `names`, also when the name runs straight into what follows
 * ('#成员列表' → 成员 ['列表'], '#请假@张三 至12月10日' → 请假 ['@张三', …]); null for other commands.
 * Exact names win (查看 is not 查 + 看). A one-character name is split off only when the route says
 * what its argument looks like (`accepts`: '#查7号' → 查 ['7号'], while '#查询' stays another command).
 */
export function parseCommandNamed(text: string, names: readonly string[], accepts?: (rest: string) => boolean): Command | null {
  const command = parseCommand(text);
  if (!command) return null;
  if (names.includes(command.name)) return command;
  const body = text.trim().replace(LEADING_HASH, '');
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (!command.name.startsWith(name)) continue;
    const glued = parseCommand(`#${name} ${body.slice(name.length)}`)!;
    if (GLUABLE_NAME.test(name) || accepts?.(glued.rest)) return glued;
  }
  return null;
}

/**
 * Splits a known word off the front of the first argument ('列表上司村' → '列表', '上司村'), the same
 * way for sub-commands. Not before a colon: '时间：…' is a field label in free text, not a sub-command.
 */
export function splitLeadingWord(args: readonly string[], words: readonly string[]): string[] {
  const [first = '', ...rest] = args;
  const word = [...words].sort((a, b) => b.length - a.length).find((w) => first.startsWith(w) && first.length > w.length);
  if (!word || /^[:：]/u.test(first.slice(word.length))) return [...args];
  return [word, first.slice(word.length), ...rest];
}
