import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { lawArticles, laws } from '../db/schema.js';
import type { Article, Statute } from './statutes.js';

export type LawRow = typeof laws.$inferSelect;

/** The imported laws by title, with their article counts. */
export async function listLaws(db: Db): Promise<LawRow[]> {
  return db.select().from(laws).orderBy(asc(laws.title));
}

/** The stored content hash of each imported law, by title. */
export async function lawHashes(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ title: laws.title, hash: laws.contentHash }).from(laws);
  return new Map(rows.map((r) => [r.title, r.hash]));
}

/** What the imported statutes are, in one string: equal strings mean equal content. */
export async function lawsKey(db: Db): Promise<string> {
  const rows = await db.select({ title: laws.title, hash: laws.contentHash }).from(laws).orderBy(asc(laws.title));
  return rows.map((r) => `${r.title}#${r.hash}`).join('|');
}

/** Inserts or replaces one law and all its articles in one transaction; returns whether it was new. */
export async function replaceLaw(db: Db, statute: Statute, hash: string, at: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const values = { effectiveDate: statute.effectiveDate, revisedDate: statute.revisedDate ?? null, importedAt: at, articleCount: statute.articles.length, contentHash: hash };
    const [old] = await tx.select({ id: laws.id }).from(laws).where(eq(laws.title, statute.title));
    // An upsert, so two instances importing LAWS_DIR at the same start do not collide on the title.
    const [row] = await tx
      .insert(laws)
      .values({ title: statute.title, ...values })
      .onConflictDoUpdate({ target: laws.title, set: values })
      .returning({ id: laws.id });
    const lawId = row!.id;
    await tx.delete(lawArticles).where(eq(lawArticles.lawId, lawId));
    // One statement per law with the rows as one JSON parameter: several times faster than
    // binding four parameters per row, which matters for replays importing into fresh databases.
    const rows = JSON.stringify(statute.articles.map((a) => ({ article: a.article, sub: a.sub, chapter: a.chapter, text: a.text })));
    await tx.execute(sql`insert into ${lawArticles} (law_id, article, sub, chapter, text)
      select ${lawId}, (e.v->>'article')::int, (e.v->>'sub')::int, e.v->>'chapter', e.v->>'text'
      from jsonb_array_elements(${rows}::jsonb) with ordinality as e(v, n) order by e.n`);
    return !old;
  });
}

/** Every imported statute, laws by title and articles in their imported order. */
export async function loadStatutes(db: Db): Promise<Statute[]> {
  const rows = await listLaws(db);
  const articles = await db
    .select({ lawId: lawArticles.lawId, article: lawArticles.article, sub: lawArticles.sub, chapter: lawArticles.chapter, text: lawArticles.text })
    .from(lawArticles)
    .orderBy(asc(lawArticles.id));
  const byLaw = new Map<number, Article[]>(rows.map((r) => [r.id, []]));
  const titles = new Map(rows.map((r) => [r.id, r.title]));
  for (const a of articles) byLaw.get(a.lawId)?.push({ law: titles.get(a.lawId)!, article: a.article, sub: a.sub, chapter: a.chapter, text: a.text });
  return rows.map((r) => ({ title: r.title, effectiveDate: r.effectiveDate, revisedDate: r.revisedDate, articles: byLaw.get(r.id) ?? [] }));
}
