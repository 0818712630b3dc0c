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
  household_head: ['联户长', '户长', '联户户长', 'householdhead', 'household_head'],
  mediator: ['调解员', '人民调解员', 'mediator'],
  resident: ['群众', '居民', '村民', 'resident'],
};

/** Roles whose holders belong to one grid (and through it, to a village). */
export const GRID_ROLES: readonly Role[] = ['worker', 'chief', 'household_head'];

const normalizeWord = (w: string): string => w.replace(/[\s\u3000_-]+/g, '').toLowerCase();

const WORD_TO_ROLE = new Map<string, Role>(
  ROLES.flatMap((role) => ROLE_WORDS[role].map((w) => [normalizeWord(w), role] as const)),
);

/** '网格员' → 'worker', 'Household Head' → 'household_head'; null when the word is unknown. */
export function parseRole(word: string): Role | null {
  return WORD_TO_ROLE.get(normalizeWord(word)) ?? null;
}

export const roleLabel = (role: Role): string => ROLE_LABELS[role];

/** '管理员、网格长、…' for messages that list the accepted words. */
export const roleChoices = (): string => ROLES.map(roleLabel).join('、');
