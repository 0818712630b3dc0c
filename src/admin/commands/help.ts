import { commandRoute, type Route } from '../../kernel/router.js';
import type { Role } from '../../db/schema.js';
import { COMMANDS, commandsFor, type CommandEntry } from '../commands-table.js';
import { roleLabel } from '../../roster/roles.js';

export const HELP_NAMES = ['帮助', 'help', '菜单'] as const;

const line = (c: CommandEntry): string => `${c.usage} — ${c.summary}`;

/** The `#帮助` answer for one role: only what that role may do, from the one command table. */
export function helpText(role: Role, table: readonly CommandEntry[] = COMMANDS): string {
  const entries = commandsFor(role, table).filter((c) => c.inHelp !== false);
  const head = role === 'resident' ? '你好，我是网格助手，可以帮你：' : `你好，你是${roleLabel(role)}，可以用：`;
  const notes = ['命令开头的 # 用全角 ＃ 也行。'];
  if (entries.some((c) => c.place === 'admin-place')) notes.push('管理命令只能在和我的私聊或管理群里用。');
  return [head, ...entries.map(line), '', ...notes].join('\n');
}

/** `#帮助`: open to everyone, anywhere; not an admin command, so not audited. */
export function helpRoute(): Route {
  return commandRoute(HELP_NAMES, (ctx) => ctx.reply(helpText(ctx.sender.role)));
}
