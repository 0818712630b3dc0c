import { KNOWLEDGE_DIR, loadKnowledge } from './knowledge.js';
import { loadManifest } from './manifest.js';

/** Every title the curated answers cite, and the laws the manifest fetches: the titles the bot knows by name. */
export async function knownLawTitles(knowledgeDir = KNOWLEDGE_DIR): Promise<Set<string>> {
  const [entries, manifest] = await Promise.all([loadKnowledge(knowledgeDir), loadManifest()]);
  return new Set([...entries.flatMap((e) => e.cites.map((c) => c.law)), ...manifest.laws.map((l) => l.title)]);
}

/** A known title the given one is a short form of (民法典 → 中华人民共和国民法典), else null. */
function longFormOf(title: string, known: ReadonlySet<string>): string | null {
  const bare = title.replace(/^中华人民共和国/, '');
  if (bare.length < 2) return null;
  return [...known].find((k) => k !== title && (k.endsWith(bare) || k.includes(`《${bare}》`) || k.includes(`《中华人民共和国${bare}》`))) ?? null;
}

/**
 * Why an imported title will not meet the curated answers, with what to do; null when it is known.
 * Curated answers cite laws by their full title, so 《民法典》 would sit beside them unused.
 */
export function titleWarning(title: string, known: ReadonlySet<string>): string | null {
  if (known.has(title)) return null;
  const long = longFormOf(title, known);
  if (long) return `《${title}》不是法律全称，内置问答引用的是《${long}》：请在文件第一行写上全称“${long}”再导入`;
  return `《${title}》不是内置问答引用的法律，问答会检索它的条文，但不会用它的内置解答；若名称写错了，请在文件第一行写上法律全称`;
}
