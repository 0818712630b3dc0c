import type { Role } from '../../db/schema.js';
import { compactName, splitGridName, type GridName } from '../grid-name.js';
import { GRID_ROLES, parseRole, roleChoices } from '../roles.js';

/** Who `#成员` is about: by this login's contact id (an @-mention) or, in a private chat, by roster name. */
export interface MemberTarget {
  name: string;
  wechatId: string | null;
}

export interface SetMemberArgs {
  targets: MemberTarget[];
  role: Role;
  grid: GridName | null;
}

export const MEMBER_USAGE = '用法：#成员 @某人 网格员 上司村三组（私聊也可写名字：#成员 张三 网格员 上司村三组）';
const SPACES = /[\s\u3000\u2005\u00a0]+/;

/** The words after `#成员` with every `@name` taken out (names may themselves contain spaces). */
export function wordsWithoutMentions(rest: string, mentions: readonly string[]): string[] {
  const longestFirst = [...mentions].sort((a, b) => b.length - a.length);
  const stripped = longestFirst.reduce((text, name) => text.split(`@${name}`).join(' '), rest);
  return stripped.split(SPACES).filter(Boolean);
}

/** Parses `#成员 @张三 网格员 上司村三组`; a Chinese message when it cannot. */
export function parseSetMember(rest: string, mentions: readonly string[], mentionIds: readonly string[]): SetMemberArgs | { error: string } {
  const words = wordsWithoutMentions(rest, mentions);
  const targets = mentions.length > 0 ? mentions.map((name, i) => ({ name, wechatId: mentionIds[i] ?? null })) : takeName(words);
  if (targets.length === 0) return { error: `请@要设置的人。${MEMBER_USAGE}` };
  const role = parseRole(words[0] ?? '');
  if (!role) return { error: `角色「${words[0] ?? ''}」不认识，可用：${roleChoices()}。${MEMBER_USAGE}` };
  const grid = parseGridWords(words.slice(1));
  if ('error' in grid) return grid;
  return { targets, role, grid: grid.value };
}

function takeName(words: string[]): MemberTarget[] {
  const name = words.shift();
  return name && !name.startsWith('@') ? [{ name, wechatId: null }] : [];
}

/** [] → no grid; ['上司村三组'] or ['上司村', '三组'] → the grid. */
function parseGridWords(words: readonly string[]): { value: GridName | null } | { error: string } {
  if (words.length === 0) return { value: null };
  if (words.length >= 2) return { value: { village: compactName(words[0]!), grid: compactName(words.slice(1).join('')) } };
  const split = splitGridName(words[0]!);
  return split.ok ? { value: split.value } : { error: split.problems[0]!.message };
}

export const needsGrid = (role: Role): boolean => GRID_ROLES.includes(role);
