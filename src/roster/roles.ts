import { ROLES, type Role } from '../db/schema.js';

export { ROLES, type Role };

/** How each role is called in chat and in roster files. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  chief: '网格长',
  worker: '网格员',
  household_head: '联户长',
  mediator: '调解员',
  resident: '群众',
};

/**
 * Words accepted for each role (chat and roster files). A township may add its own local names here.
 * Matching ignores case and spaces, so 'Household Head' and 'household_head' both work.
 */
export const ROLE_WORDS: Record<Role, readonly string[]> = {
  admin: ['管理员', '综治中心', 'admin', 'administrator'],
  chief: ['网格长', 'chief', 'gridchief'],
  worker: ['网格员', '专职网格员', '兼职网格员', 'worker', 'gridworker'],
  // 十户长 heads a group of about ten households: the same job as 联户长 under another local name.
  household_head: ['联户长', '户长', '联户户长', '十户长', 'householdhead', 'household_head'],
  mediator: ['调解员', '人民调解员', 'mediator'],
  resident: ['群众', '居民', '村民', 'resident'],
};

/** Roles whose holders belong to one grid (and through it, to a village). */
export const GRID_ROLES: readonly Role[] = ['worker', 'chief', 'household_head'];

// Full-time or part-time does not change the role: 专职调解员 is a 调解员, 兼职网格长 a 网格长.
const DUTY_PREFIX = /^(?:专兼职|专职|兼职)(?=.)/u;
// A note in brackets after the word, as in 网格员（兼） or 网格长(村级), does not change it either.
const BRACKET_NOTE = /[(（【[][^)）】\]]*[)）】\]]/gu;

const normalizeWord = (w: string): string =>
  w
    .normalize('NFKC')
    .replace(BRACKET_NOTE, '')
    .replace(/[\s_-]+/g, '')
    .toLowerCase()
    .replace(DUTY_PREFIX, '');

const WORD_TO_ROLE = new Map<string, Role>(ROLES.flatMap((role) => ROLE_WORDS[role].map((w) => [normalizeWord(w), role] as const)));

/** '网格员' → 'worker', 'Household Head' → 'household_head'; null when the word is unknown. */
export function parseRole(word: string): Role | null {
  return WORD_TO_ROLE.get(normalizeWord(word)) ?? null;
}

/**
 * A role word typed together with what follows, as phones produce: '联户长上司村三组' → 联户长 and
 * '上司村三组'. The longest known word wins (网格长 before 网格…); null when no role word starts it.
 */
export function splitRoleWord(text: string): { role: Role; rest: string } | null {
  for (let end = text.length; end > 0; end--) {
    const role = parseRole(text.slice(0, end));
    if (role) return { role, rest: text.slice(end) };
  }
  return null;
}

export const roleLabel = (role: Role): string => ROLE_LABELS[role];

/** '管理员、网格长、…' for messages that list the accepted words. */
const roleChoices = (): string => ROLES.map(roleLabel).join('、');

/**
 * Why a role word was refused. Village posts (村支书, 组长…) are not guessed: the same post is a
 * 网格长 in one village and a 网格员 or 联户长 in another, so the person's grid role must be written.
 */
export const unknownRoleMessage = (word: string): string => `角色「${word}」不认识，请填他在网格里的角色：${roleChoices()}（村里的职务不算）`;
