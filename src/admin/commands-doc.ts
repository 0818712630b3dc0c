import type { Role } from '../db/schema.js';
import { COMMANDS, type CommandEntry } from './commands-table.js';
import type { Place } from './guard.js';
import { ROLES, roleLabel } from '../roster/roles.js';

const PLACE_LABELS: Record<Place, string> = {
  any: '私聊或群里',
  private: '私聊',
  group: '要绑定的群里',
  'admin-place': '私聊或管理群',
};

const whoMay = (roles: readonly Role[]): string => (roles.length === ROLES.length ? '所有人' : roles.map(roleLabel).join('、'));
const escapeCell = (s: string): string => s.replaceAll('|', '\\|');

/** The usage guide's chat-command table (Markdown, docs/usage.md), generated from the same table as `#帮助`. */
export function commandTableMarkdown(table: readonly CommandEntry[] = COMMANDS): string {
  const head = ['| 命令 | 说明 | 谁能用 | 在哪里发 |', '| --- | --- | --- | --- |'];
  const rows = table.map((c) => `| \`${escapeCell(c.usage)}\` | ${escapeCell(c.summary)} | ${whoMay(c.roles)} | ${PLACE_LABELS[c.place]} |`);
  return [...head, ...rows].join('\n');
}
