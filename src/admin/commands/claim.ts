import { eq } from 'drizzle-orm';
import type { Route } from '../../kernel/router.js';
import type { Db } from '../../db/client.js';
import { members } from '../../db/schema.js';
import { claimInvite, voidInvite } from '../invites.js';
import { adminCommand, done, refused } from '../route.js';
import { roleLabel } from '../../roster/roles.js';

// One answer for wrong, expired and used codes: a guesser learns nothing.
export const CLAIM_REFUSED = '邀请码无效或已过期，请向管理员要一个新的。';
const USAGE = '用法：私聊我发送 #认领 邀请码';

/**
 * `#认领 <code>`, private chat only. A code shown in a group is voided on the spot, since
 * everyone there could now claim it.
 */
export function claimRoute(db: Db): Route {
  return adminCommand(db, { names: ['认领'], place: 'any', adminOnly: false }, async (ctx, command) => {
    const code = command.args.join('');
    if (!code) return refused(USAGE);
    if (!ctx.isPrivate) {
      const voided = await voidInvite(db, code, ctx.now);
      return refused(voided ? '邀请码不能发在群里，这个码已作废。请向管理员要新的，私聊我认领。' : USAGE);
    }
    const role = await claimInvite(db, code, ctx.sender.id, ctx.now);
    if (!role) return refused(CLAIM_REFUSED);
    await db.update(members).set({ role, active: true }).where(eq(members.id, ctx.sender.id));
    return done(`认领成功，你现在是${roleLabel(role)}。发 #帮助 看看能做什么。`);
  });
}
