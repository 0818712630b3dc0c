import { WORD_SEPARATORS } from '../../kernel/command.js';
import type { Role } from '../../db/schema.js';
import { GRID_ROLES, splitRoleWord, unknownRoleMessage } from '../../roster/roles.js';

/** Who `#成员` is about: by this login's contact id (an @-mention) or, in a private chat, by roster name. */
export interface MemberTarget {
  name: string;
  wechatId: string | null;
}

export interface SetMemberArgs {
  targets: MemberTarget[];
  role: Role;
  /** The grid as typed (['上司村三组'], ['上司村', '三组'], ['三组']); [] for none. Read against the roster when set. */
  place: string[];
}

export const MEMBER_USAGE = '用法：#成员 @某人 网格员 上司村三组（私聊也可写名字：#成员 张三 网格员 上司村三组）';

/** The words after `#成员` with every `@name` taken out (names may themselves contain spaces). */
export function wordsWithoutMentions(rest: string, mentions: readonly string[]): string[] {
  const longestFirst = [...mentions].sort((a, b) => b.length - a.length);
  const stripped = longestFirst.reduce((text, name) => text.split(`@${name}`).join(' '), rest);
  return stripped.split(WORD_SEPARATORS).filter(Boolean);
}

/** Parses `#成员 @张三 网格员 上司村三组` (also typed together: 网格员上司村三组); a Chinese message when it cannot. */
export function parseSetMember(rest: string, mentions: readonly string[], mentionIds: readonly string[]): SetMemberArgs | { error: string } {
  const words = wordsWithoutMentions(rest, mentions);
  const targets = mentions.length > 0 ? mentions.map((name, i) => ({ name, wechatId: mentionIds[i] ?? null })) : takeName(words);
  if (targets.length === 0) return { error: `请@要设置的人。${MEMBER_USAGE}` };
  const role = splitRoleWord(words[0] ?? '');
  if (!role) return { error: `${unknownRoleMessage(words[0] ?? '')}。${MEMBER_USAGE}` };
  return { targets, role: role.role, place: [role.rest, ...words.slice(1)].filter(Boolean) };
}

function takeName(words: string[]): MemberTarget[] {
  const name = words.shift();
  return name && !name.startsWith('@') ? [{ name, wechatId: null }] : [];
}

export const needsGrid = (role: Role): boolean => GRID_ROLES.includes(role);
