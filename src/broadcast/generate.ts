import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { ChatModel } from '../llm/chat-model.js';
import { fail, ok, problem, type Result } from '../kernel/result.js';
import type { Logger } from '../kernel/logger.js';
import { citationSchema, loadLawsDir, mask, type Citation } from '../lawqa/index.js';
import { DRAFT_SYSTEM_PROMPT } from './generate-prompt.js';
import { parseTheme, type Theme } from './themes.js';

export interface Draft {
  title: string;
  body: string;
  theme: Theme;
  cites: Citation[];
  /** Citations the model gave that the statute corpus does not have (dropped). */
  dropped: Citation[];
  /** False when no statute corpus is configured: the citations are kept unchecked. */
  checked: boolean;
}

export interface DrafterOptions {
  model: ChatModel | null;
  /** The statute folder (LAWS_DIR); citations are checked against it when present. */
  lawsDir?: string;
  log: Logger;
}

const replySchema = z.object({
  title: z.string().trim().min(2).max(40),
  body: z.string().trim().min(20).max(600),
  theme: z.string(),
  cites: z.array(citationSchema).default([]),
});

export const NO_MODEL = '生成普法内容需要先配置大模型（在配置里设置 OPENAI_API_KEY）。现在可以手动添加：#普法 添加 标题|正文|主题';

/** Known articles as 'law#article#sub', reachable by full title or without 中华人民共和国. */
type Corpus = { titles: Map<string, string>; articles: Set<string> };
const key = (law: string, article: number, sub?: number | null) => `${law}#${article}#${sub ?? 0}`;

async function loadCorpus(dir: string): Promise<Corpus> {
  const statutes = await loadLawsDir(dir);
  const titles = new Map<string, string>();
  const articles = new Set<string>();
  for (const s of statutes) {
    titles.set(s.title, s.title);
    titles.set(s.title.replace(/^中华人民共和国/, ''), s.title);
    for (const a of s.articles) articles.add(key(s.title, a.article, a.sub));
  }
  return { titles, articles };
}

/** Splits citations into those found in the corpus (law names normalised to full titles) and the rest. */
export function checkCitations(cites: readonly Citation[], corpus: Corpus): { kept: Citation[]; dropped: Citation[] } {
  const kept: Citation[] = [];
  const dropped: Citation[] = [];
  for (const c of cites) {
    const law = corpus.titles.get(c.law.replace(/[《》\s]/g, ''));
    if (law && corpus.articles.has(key(law, c.article, c.sub))) kept.push({ ...c, law });
    else dropped.push(c);
  }
  return { kept, dropped };
}

/**
 * `#普法 生成`: asks the model for a draft from a case or theme the admin describes. Names, phone and
 * ID numbers are masked before anything leaves the machine; the draft's citations are checked
 * against the statute corpus when one is configured.
 */
export function createDrafter(o: DrafterOptions) {
  let corpus: Promise<Corpus> | null = null;
  const corpusFor = (): Promise<Corpus> | null => {
    if (!o.lawsDir || !existsSync(o.lawsDir)) return null;
    corpus ??= loadCorpus(o.lawsDir);
    return corpus;
  };

  return async function draft(prompt: string): Promise<Result<Draft>> {
    if (!o.model) return fail([problem('model', NO_MODEL)]);
    let raw: string;
    try {
      raw = await o.model.complete(
        [
          { role: 'system', content: DRAFT_SYSTEM_PROMPT },
          { role: 'user', content: mask(prompt) },
        ],
        { json: true },
      );
    } catch (err) {
      o.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'post draft: model failed');
      return fail([problem('model', '大模型暂时没有回应，请稍后再试。')]);
    }
    const parsed = readReply(raw);
    if (!parsed.ok) return fail(parsed.problems);
    const c = corpusFor();
    if (!c) return ok({ ...parsed.value, dropped: [], checked: false });
    const { kept, dropped } = checkCitations(parsed.value.cites, await c);
    return ok({ ...parsed.value, cites: kept, dropped, checked: true });
  };
}

function readReply(raw: string): Result<Omit<Draft, 'dropped' | 'checked'>> {
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return fail([problem('model', '大模型的回答格式不对，没有保存。请换个说法再试一次。')]);
  }
  const r = replySchema.safeParse(json);
  const theme = r.success ? parseTheme(r.data.theme) : null;
  if (!r.success || !theme) return fail([problem('model', '大模型起草的内容不完整（标题、正文或主题不合要求），没有保存。请再试一次。')]);
  return ok({ title: r.data.title, body: r.data.body, theme, cites: r.data.cites });
}
