import { splitLeadingWord } from '../../kernel/command.js';
import type { Route } from '../../kernel/router.js';
import type { Db } from '../../db/client.js';
import { adminCommand, refused } from '../route.js';
import { parseSetMember } from './member-args.js';
import { listMembers } from './member-list.js';
import { setMembers } from './member-set.js';

const LIST_WORD = '列表';

/** `#成员 @某人 <角色> [<网格>]` and `#成员 列表 [<村>]`: admins, in private or the admin group. */
export function memberRoute(db: Db): Route {
  return adminCommand(db, { names: ['成员'], place: 'admin-place', adminOnly: true }, async (ctx, command) => {
    const args = splitLeadingWord(command.args, [LIST_WORD]);
    if (args[0] === LIST_WORD) return listMembers(db, args.slice(1).join(''));
    const parsed = parseSetMember(command.rest, ctx.message.mentions, ctx.message.mentionIds);
    if ('error' in parsed) return refused(parsed.error);
    return setMembers(db, parsed, ctx.now);
  });
}
