import type { Route } from '../../kernel/router.js';
import type { Clock } from '../../kernel/clock.js';
import type { Db } from '../../db/client.js';
import { formatLocal } from '../../kernel/time.js';
import { createInvite } from '../invites.js';
import { adminCommand, done, refused } from '../route.js';
import { parseRole, roleLabel, unknownRoleMessage } from '../../roster/roles.js';

/** `#邀请 [角色]` (default 管理员): a one-time code, sent only privately, valid 24 hours. */
export function inviteRoute(db: Db, clock: Clock, tz: string): Route {
  return adminCommand(db, { names: ['邀请'], place: 'admin-place', adminOnly: true }, async (ctx, command) => {
    const word = command.args[0] ?? '管理员';
    const role = parseRole(word);
    if (!role) return refused(`${unknownRoleMessage(word)}。`);
    const invite = await createInvite(db, clock, { role, createdBy: ctx.sender.id });
    const until = formatLocal(invite.expiresAt, tz);
    const privately = [
      `${roleLabel(role)}邀请码：${invite.code}`,
      `请把它私下交给本人，让他私聊我发送：#认领 ${invite.code}`,
      `有效期到 ${until}，只能用一次。不要发到群里。`,
    ].join('\n');
    const summary = `已生成${roleLabel(role)}邀请码，有效期到 ${until}`;
    if (ctx.isPrivate) return done(privately, { audit: summary });
    return done(`${summary}，已私聊发给你。`, { privately });
  });
}
