import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../kernel/errors.js';
import { citationSchema, type Citation } from '../lawqa/index.js';
import { SPECIAL_DAYS, THEMES, type SpecialDay, type Theme } from './themes.js';

/** A legal-awareness post. Seed posts live in ./posts/*.json; admins add more by chat. */
export interface Post {
  id: string;
  title: string;
  body: string;
  theme: Theme;
  cites: Citation[];
  specialDay?: SpecialDay;
  image?: string | null;
}

export const postSchema = z.object({
  id: z.string().regex(/^[a-z]\d{3,}$/, '编号应像 p001'),
  title: z.string().min(2).max(40),
  body: z.string().min(20).max(600),
  theme: z.enum(THEMES),
  cites: z.array(citationSchema),
  specialDay: z.enum(SPECIAL_DAYS).optional(),
  image: z.string().nullable().optional(),
}) satisfies z.ZodType<Post>;

export const SEED_DIR = fileURLToPath(new URL('./posts/', import.meta.url));

/**
 * Reads every posts/*.json (each an array of posts), sorted by id. A broken seed file is a
 * programming error caught at start-up, so this throws an AppError naming the file and the post.
 */
export async function loadSeedPosts(dir: string = SEED_DIR): Promise<Post[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const posts: Post[] = [];
  for (const file of files) {
    const raw: unknown = JSON.parse(await readFile(join(dir, file), 'utf8'));
    const parsed = z.array(postSchema).safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('broadcast.seed', `普法内容文件 ${file} 有误：${issue?.path.join('.')} ${issue?.message}`);
    }
    posts.push(...parsed.data);
  }
  const seen = new Set<string>();
  for (const p of posts) {
    if (seen.has(p.id)) throw new AppError('broadcast.seed', `普法内容编号重复：${p.id}`);
    seen.add(p.id);
  }
  return posts.sort((a, b) => a.id.localeCompare(b.id));
}

/** '《中华人民共和国民法典》第1079条', with 之X for inserted articles. */
export function formatCitation(c: Citation): string {
  return `《${c.law}》第${c.article}条${c.sub ? `之${c.sub}` : ''}`;
}
