import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { posts } from '../db/schema.js';
import { loadSeedPosts, type Post } from './content.js';

/**
 * Imports the seed posts (src/broadcast/posts/*.json). Safe to run at every start and from
 * several instances at once: new codes are added; for codes already there the content is
 * refreshed from the files (a corrected typo reaches the bot) but `enabled` stays as the admins
 * left it, and posts made in chat are never touched. `now` stamps new rows (default: the database's clock). Returns how many seed posts there are.
 */
export async function importSeedPosts(db: Db, options: { posts?: readonly Post[]; now?: Date } = {}): Promise<number> {
  const list = options.posts ?? (await loadSeedPosts());
  const createdAt = options.now ?? sql`now()`;
  if (list.length === 0) return 0;
  const rows = list.map((p) => ({
    code: p.id,
    title: p.title,
    body: p.body,
    theme: p.theme,
    cites: p.cites,
    image: p.image ?? null,
    specialDay: p.specialDay ?? null,
    enabled: true,
    source: 'seed' as const,
    createdBy: null,
    createdAt,
  }));
  await db
    .insert(posts)
    .values(rows)
    .onConflictDoUpdate({
      target: posts.code,
      set: {
        title: sql`excluded.title`,
        body: sql`excluded.body`,
        theme: sql`excluded.theme`,
        cites: sql`excluded.cites`,
        image: sql`excluded.image`,
        specialDay: sql`excluded.special_day`,
      },
      where: sql`${posts.source} = 'seed'`,
    });
  return list.length;
}
