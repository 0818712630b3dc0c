import { asc, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { posts, type PostSource } from '../db/schema.js';
import type { Post } from './content.js';
import type { Theme } from './themes.js';

/** A stored post: the plan's Post (id = code) plus what only the database knows. */
export interface StoredPost extends Post {
  dbId: number;
  enabled: boolean;
  source: PostSource;
}

type PostRow = typeof posts.$inferSelect;

export function toStoredPost(r: PostRow): StoredPost {
  const post: StoredPost = {
    dbId: r.id,
    id: r.code,
    title: r.title,
    body: r.body,
    theme: r.theme,
    cites: r.cites,
    image: r.image,
    enabled: r.enabled,
    source: r.source,
  };
  if (r.specialDay) post.specialDay = r.specialDay;
  return post;
}

/** Posts the planner may choose from, by code. */
export async function enabledPosts(db: Db): Promise<StoredPost[]> {
  const rows = await db.select().from(posts).where(eq(posts.enabled, true)).orderBy(asc(posts.code));
  return rows.map(toStoredPost);
}

export async function findPost(db: Db, code: string): Promise<StoredPost | null> {
  const [row] = await db.select().from(posts).where(eq(posts.code, code));
  return row ? toStoredPost(row) : null;
}

/** Every post (enabled or not), optionally of one theme, by code. */
export async function listPosts(db: Db, theme?: Theme): Promise<StoredPost[]> {
  const rows = await db
    .select()
    .from(posts)
    .where(theme ? eq(posts.theme, theme) : undefined)
    .orderBy(asc(posts.code));
  return rows.map(toStoredPost);
}

/** Switches a post on or off; false when there is no such post. */
export async function setPostEnabled(db: Db, code: string, enabled: boolean): Promise<boolean> {
  const rows = await db.update(posts).set({ enabled }).where(eq(posts.code, code)).returning({ id: posts.id });
  return rows.length > 0;
}

export interface NewPost {
  title: string;
  body: string;
  theme: Theme;
  cites?: Post['cites'];
  source: Exclude<PostSource, 'seed'>;
  enabled: boolean;
  createdBy: number | null;
  createdAt: Date;
}

// Posts made in chat get their own letter so they never collide with seed codes added later.
const PREFIX: Record<NewPost['source'], string> = { chat: 'c', llm: 'g' };

/** The next free code with this letter: c001, c002 … */
async function nextCode(db: Db, prefix: string): Promise<string> {
  const rows = await db
    .select({ n: sql<number | null>`max(cast(substring(${posts.code} from 2) as integer))` })
    .from(posts)
    .where(like(posts.code, `${prefix}%`));
  const n = Number(rows[0]?.n ?? 0) + 1;
  return `${prefix}${String(n).padStart(3, '0')}`;
}

/** Stores a post made in chat under the next free code (retried if another admin took it). */
export async function insertPost(db: Db, p: NewPost): Promise<StoredPost> {
  for (let attempt = 0; ; attempt++) {
    const code = await nextCode(db, PREFIX[p.source]);
    const [row] = await db
      .insert(posts)
      .values({ code, title: p.title, body: p.body, theme: p.theme, cites: p.cites ?? [], enabled: p.enabled, source: p.source, createdBy: p.createdBy, createdAt: p.createdAt })
      .onConflictDoNothing({ target: posts.code })
      .returning();
    if (row) return toStoredPost(row);
    if (attempt >= 5) throw new Error(`no free post code with prefix ${PREFIX[p.source]}`);
  }
}

/** Counts of enabled and disabled posts per theme. */
export async function postCounts(db: Db): Promise<{ theme: Theme; enabled: boolean; n: number }[]> {
  const rows = await db.select({ theme: posts.theme, enabled: posts.enabled, n: sql<number>`count(*)::int` }).from(posts).groupBy(posts.theme, posts.enabled);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
