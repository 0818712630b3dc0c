import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { members, rooms } from '../../db/schema.js';
import type { Role } from '../../db/schema.js';
import { compactName, ensureGrid, ensureVillage, splitGridName } from '../../roster/index.js';
import type { MockWorld } from '../../chat/mock/mock-world.js';
import type { Channel } from '../../chat/channel.js';

export interface SeedPerson {
  name: string;
  role: Role;
  grid?: string;
  /** Where they talk to the bot in private: WeChat (default) or their WeCom account. */
  channel?: Channel;
}

export interface SeedRoom {
  topic: string;
  grid?: string;
  admin?: boolean;
  manual?: boolean;
  /** A WeChat group (default) or a WeCom group with the bot in it. */
  channel?: Channel;
  members: string[];
}

async function gridOf(db: Db, name: string | undefined, at?: Date): Promise<{ gridId: number; villageId: number } | null> {
  if (!name) return null;
  const split = splitGridName(name);
  if (!split.ok) throw new Error(`网格名"${name}"无法拆成村和网格：${split.problems[0]?.message ?? ''}`);
  const { grid, village } = await ensureGrid(db, split.value.village, split.value.grid, at);
  return { gridId: grid.id, villageId: village.id };
}

/**
 * A person's place: a grid ('上司村三组'), or a village alone ('里腊村') for a chief or anyone else
 * who answers for the whole village, as the roster allows.
 */
async function placeOf(db: Db, name: string | undefined, at?: Date): Promise<{ gridId: number | null; villageId: number } | null> {
  const bare = compactName(name ?? '');
  if (bare.length >= 2 && /(?:村|社区)$/.test(bare) && !splitGridName(bare).ok) {
    return { gridId: null, villageId: (await ensureVillage(db, bare, at)).village.id };
  }
  return gridOf(db, name, at);
}

/**
 * Creates villages, grids, members and bound rooms as if imported and bound, plus the matching
 * contacts and groups in the mock WeChat, with the WeChat ids cached as after a login. `at` is
 * when (on the run's clock) the roster was set up: grids are asked for reports from then on.
 */
export async function seedWorld(db: Db, world: MockWorld, people: SeedPerson[], roomList: SeedRoom[], at?: Date, wecomRoom?: (topic: string) => string): Promise<void> {
  for (const person of people) {
    const place = await placeOf(db, person.grid, at);
    const wechatId = world.addContact(person.name);
    const [row] = await db
      .insert(members)
      .values({ name: person.name, role: person.role, gridId: place?.gridId ?? null, villageId: place?.villageId ?? null, wechatId })
      .returning();
    await db
      .update(members)
      .set({ alias: `gb-${row!.id}` })
      .where(eq(members.id, row!.id));
    await world.transport.setAlias(wechatId, `gb-${row!.id}`);
  }
  for (const room of roomList) {
    const onWecom = room.channel === 'wecom';
    if (onWecom && !wecomRoom) throw new Error(`群"${room.topic}"在企业微信上，但这次没有企业微信通道`);
    const wechatId = onWecom ? wecomRoom!(room.topic) : world.addRoom(room.topic, room.members);
    if (!room.admin && !room.grid) continue;
    const place = await gridOf(db, room.grid, at);
    const kind = room.admin ? 'admin' : 'grid';
    await db.insert(rooms).values({ topic: room.topic, kind, gridId: place?.gridId ?? null, wechatId, channel: onWecom ? 'wecom' : 'wechat', manual: room.manual ?? false });
  }
}
