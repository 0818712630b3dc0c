import { eq, and } from 'drizzle-orm';
import { throwawayPglite, throwawayPostgres } from '/work/main/src/bench/databases.ts';
import { seedChatters, chatter } from '/work/main/src/bench/fixtures.ts';
import { inboundMessages, members, rooms } from '/work/main/src/db/schema.ts';
import { storeInbound, claimInbound, finishInbound } from '/work/main/src/inbound/store.ts';
const AT = new Date('2026-12-02T10:00:00+08:00');
for (const [label, open] of [['pglite', throwawayPglite], ['pg', () => throwawayPostgres('postgres://postgres@127.0.0.1:55432/postgres')]] as const) {
  const d = await open(); const db = d.db;
  await seedChatters(db, 200, 20);
  const N = 1000;
  const msgs = chatter(N, 200, 20, 'x', AT);
  const t: Record<string, number> = { store: 0, claim: 0, room: 0, member: 0, finish: 0, raw: 0 };
  const ids: number[] = [];
  for (const [i, m] of msgs.entries()) {
    let s = performance.now();
    const row = await storeInbound(db, m, AT); t.store += performance.now() - s; s = performance.now();
    await claimInbound(db, row!.id, 'i', AT); t.claim += performance.now() - s; s = performance.now();
    await db.select().from(rooms).where(eq(rooms.wechatId, m.roomWechatId!)); t.room += performance.now() - s; s = performance.now();
    await db.select().from(members).where(and(eq(members.wechatId, m.senderWechatId), eq(members.active, true))); t.member += performance.now() - s; s = performance.now();
    await finishInbound(db, row!.id, AT, { route: 'noop' }); t.finish += performance.now() - s; s = performance.now();
    await db.insert(inboundMessages).values({ ...m, wechatMessageId: 'raw' + i, storedAt: AT, status: 'pending' }); t.raw += performance.now() - s;
  }
  console.log(label, Object.fromEntries(Object.entries(t).map(([k, v]) => [k, (v / N).toFixed(3)])));
  await d.close();
}
