import type { MessageContext } from '../kernel/router.js';
import { isAdminGroup } from '../roster/admin-group.js';

/**
 * Where a command may be sent: 'admin-place' = a private chat with the bot or the admin group;
 * 'group' = inside a WeChat group (bound or not), e.g. `#绑定 本群`; 'private' = private chat only.
 */
export type Place = 'admin-place' | 'group' | 'private' | 'any';

export type GuardResult = { ok: true } | { ok: false; refusal: string };

export const REFUSE_NOT_ADMIN = '抱歉，这个命令只有管理员在私聊或管理群里才能用。';
const REFUSE_NOT_ADMIN_IN_GROUP = '抱歉，这个命令只有管理员才能用。';
const REFUSE_PLACE: Record<Place, string> = {
  'admin-place': '这个命令请在和我的私聊里或管理群里发。',
  group: '这个命令要在需要绑定的群里发。',
  private: '这个命令请私聊我发送。',
  any: '',
};

/** True when the message was sent where `place` allows. */
export function isInPlace(ctx: MessageContext, place: Place): boolean {
  switch (place) {
    case 'any':
      return true;
    case 'private':
      return ctx.isPrivate;
    case 'group':
      return !ctx.isPrivate && ctx.roomRef !== null;
    case 'admin-place':
      return ctx.isPrivate || isAdminGroup(ctx.room);
  }
}

/**
 * Admin commands: only an admin, only where `place` allows (default: private or admin group).
 * Everyone else gets the same polite refusal, so nothing is revealed about who is an admin.
 */
export function requireAdmin(ctx: MessageContext, place: Place = 'admin-place'): GuardResult {
  if (ctx.sender.role !== 'admin' || !ctx.sender.active) {
    return { ok: false, refusal: place === 'group' ? REFUSE_NOT_ADMIN_IN_GROUP : REFUSE_NOT_ADMIN };
  }
  if (!isInPlace(ctx, place)) return { ok: false, refusal: REFUSE_PLACE[place] };
  return { ok: true };
}

/** Commands open to everyone that still have a place (such as `#认领`, private only). */
export function requirePlace(ctx: MessageContext, place: Place): GuardResult {
  return isInPlace(ctx, place) ? { ok: true } : { ok: false, refusal: REFUSE_PLACE[place] };
}
