import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError } from '../kernel/errors.js';
import { fail, ok, problem, type Problem, type Result } from '../kernel/result.js';

/** Where the curated entries live in the repository (township staff add files here). */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('./knowledge/', import.meta.url));

export const TOPICS = ['family', 'neighbor', 'land', 'economic', 'other'] as const;

/** A statute article an answer or a post rests on; `law` is a file name of the laws folder without .md. */
export const citationSchema = z.object({
  law: z.string().min(1),
  article: z.number().int().positive(),
  sub: z.number().int().positive().optional(),
});

/** One curated entry: a question as residents ask it, a plain answer, the articles it rests on. */
export const knowledgeEntrySchema = z.object({
  id: z.string().regex(/^[a-z]+-\d{3,}$/, 'id 形如 family-001'),
  topic: z.enum(TOPICS),
  q: z.string().min(4),
  a: z.string().min(10),
  cites: z.array(citationSchema).min(1, '至少引用一条法条'),
  keywords: z.array(z.string().min(1)).optional(),
});

export type Citation = z.infer<typeof citationSchema>;
export type KnowledgeEntry = z.infer<typeof knowledgeEntrySchema>;

const fileSchema = z.array(knowledgeEntrySchema);

/** Validates one knowledge file's text; problems name the file, the entry index and the field. */
export function parseKnowledgeFile(text: string, fileName: string): Result<KnowledgeEntry[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail([problem(fileName, `不是合法的 JSON：${(e as Error).message}`)]);
  }
  const parsed = fileSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  return fail(parsed.error.issues.map((i) => problem(`${fileName}:${i.path.join('.')}`, i.message)));
}

function duplicateIds(entries: KnowledgeEntry[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const e of entries) {
    if (seen.has(e.id)) problems.push(problem(e.id, `编号 ${e.id} 重复`));
    seen.add(e.id);
  }
  return problems;
}

/**
 * Loads every *.json file in `dir` (default: src/lawqa/knowledge), entries sorted by id.
 * The files are repository data, so a broken file stops start-up with every problem listed.
 */
export async function loadKnowledge(dir: string = KNOWLEDGE_DIR): Promise<KnowledgeEntry[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
  const entries: KnowledgeEntry[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const r = parseKnowledgeFile(await readFile(join(dir, name), 'utf8'), name);
    if (r.ok) entries.push(...r.value);
    else problems.push(...r.problems);
  }
  problems.push(...duplicateIds(entries));
  if (problems.length > 0) {
    const list = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    throw new AppError('lawqa.knowledge', `知识条目有误：${list}`);
  }
  return entries.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
