/** A chat command: `#绑定 本群 上司村 三组` → { name: '绑定', args: ['本群', '上司村', '三组'] }. */
export interface Command {
  name: string;
  args: string[];
  /** Everything after the command word, spacing kept (for free text such as 标题|正文|主题). */
  rest: string;
}

const LEADING_HASH = /^[#＃]\s*/;
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
