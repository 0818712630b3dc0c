import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/lawqa/ask.js';
import { loadKnowledge } from '../../src/lawqa/knowledge.js';
import { createRetriever } from '../../src/lawqa/retrieve.js';
import { loadLawsDir } from '../../src/lawqa/statutes.js';
import { LAWS_DIR } from './fixtures.js';

/** A class of rural question in a wording of our own, and an article that answers it. */
export type ClassRow = readonly [what: string, question: string, law: string, article: number];

/** On the shared corpus, each row is in scope, not urgent, and has its article among the three shown. */
export function classesAnswered(title: string, rows: readonly ClassRow[]): void {
  describe.runIf(existsSync(LAWS_DIR))(title, async () => {
    const retriever = createRetriever(await loadLawsDir(LAWS_DIR), await loadKnowledge());

    it.each(rows)('%s: %s', async (_what, q, law, article) => {
      const a = await askQuestion(q, { retriever });
      expect(a.outOfScope).toBe(false);
      expect(a.urgent).toBe(false);
      expect(a.citations.slice(0, 3)).toContainEqual({ law, article });
    });
  });
}
