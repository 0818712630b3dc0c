import type { Member, Room } from '../db/types.js';
// Identity's face: nothing is keyed on WeChat ids, which the free puppets change at every login.
// Rooms and people have our own ids; the WeChat ids are a cache, re-resolved after each login.
export {
  cacheMemberWechatId,
  cacheRoomWechatId,
  isRosterMember,
  memberAlias,
  resolveRoom,
  resolveSender,
  setMemberAlias,
  type RoomRef,
  type SenderRef,
} from './resolve.js';
export { describeUnresolved, reresolveAfterLogin, type ResolvingTransport, type Unresolved } from './reresolve.js';
export { createIdentity, type Identity, type IdentityDeps } from './identity-service.js';

/** The active member and the bound room cached for a message's WeChat ids, as storing it found them. */
export interface Seen {
  sender: Member | null;
  room: Room | null;
}
