import { describe, expect, it } from 'vitest';
import { checkFile, checkTree, IMPORT_RULES, type SourceFile, TEXT_RULES } from '../../../src/tools/lint/boundaries.js';

const file = (path: string, text: string): SourceFile => ({ path, text });

describe('the seam check', () => {
  // One broken seam per rule row, each named by the rule it breaks.
  const broken: [string, SourceFile, string][] = [
    ['the kernel reaching into db/', file('src/kernel/router.ts', "import type { Member } from '../db/types.js';"), 'src/db/types.ts'],
    ['the kernel reaching into a capability', file('src/kernel/text.ts', "import { x } from '../reports/grammar/parse.js';"), 'src/reports/grammar/parse.ts'],
    ['the ledger importing reports/', file('src/ledger/record.ts', "import { saveReport } from '../reports/store.js';"), 'src/reports/store.ts'],
    ['disputes/ importing reports/ internals', file('src/disputes/daily.ts', "import { VOCAB } from '../reports/grammar/vocabulary.js';"), 'src/reports/grammar/vocabulary.ts'],
    ['reports/ importing disputes/', file('src/reports/intake.ts', "import { recordReport } from '../disputes/index.js';"), 'src/disputes/index.ts'],
    ['reports/ importing summary/', file('src/reports/cycle/steps.ts', "import { digest } from '../../summary/digest.js';"), 'src/summary/digest.ts'],
    ['the ledger importing disputes/', file('src/ledger/alerts.ts', "import { x } from '../disputes/render.js';"), 'src/disputes/render.ts'],
    ['the ledger importing summary/', file('src/ledger/repo.ts', "import { x } from '../summary/stats.js';"), 'src/summary/stats.ts'],
    ['the product importing tools/', file('src/ops/control-server.ts', "import { send } from '../tools/cli/control-client.js';"), 'src/tools/cli/control-client.ts'],
    ['a re-export (export … from)', file('src/reports/index.ts', "export { recordReport } from '../disputes/index.js';"), 'src/disputes/index.ts'],
    ['a star re-export', file('src/ledger/index.ts', "export * from '../reports/grammar/types.js';"), 'src/reports/grammar/types.ts'],
    ['a dynamic import()', file('src/app.ts', "const { runCli } = await import('./tools/cli/ops.js');"), 'src/tools/cli/ops.ts'],
    ['a side-effect import', file('src/kernel/errors.ts', "import '../config.js';"), 'src/config.ts'],
    [
      'an import over several lines',
      file('src/disputes/handle-assign.ts', "import {\n  FIELDS,\n  type Field,\n} from '../reports/grammar/fields.js';"),
      'src/reports/grammar/fields.ts',
    ],
  ];
  it.each(broken)('catches %s', (_, source, target) => {
    const [finding, ...more] = checkFile(source);
    expect(more).toEqual([]);
    const rule = IMPORT_RULES.find((r) => finding?.endsWith(`: ${r.rule}`));
    expect(rule).toBeDefined();
    expect(finding).toMatch(new RegExp(`^${source.path}:\\d+ imports ${target}: `));
  });

  it('gives the line of the import', () => {
    expect(checkFile(file('src/reports/routes.ts', "import { a } from './a.js';\n\nimport { b } from '../disputes/daily.js';"))).toEqual([
      `src/reports/routes.ts:3 imports src/disputes/daily.ts: ${IMPORT_RULES[2]!.rule}`,
    ]);
  });

  const phrases: [string, SourceFile, string][] = [
    ['a cast of a transaction', file('src/admin/roster.ts', 'await run(tx as unknown as Db);'), TEXT_RULES[0]!.rule],
    ['the cast in the database client too', file('src/db/client.ts', 'const db = drizzle(client) as unknown as Db;'), TEXT_RULES[0]!.rule],
    ['a tz parameter in reports/', file('src/reports/cycle/late.ts', 'export function late(now: Date, tz: string) {}'), TEXT_RULES[1]!.rule],
    ['a tz field in the ledger', file('src/ledger/write.ts', 'interface W {\n  tz:string;\n}'), TEXT_RULES[1]!.rule],
    ['a tz parameter in disputes/', file('src/disputes/dates.ts', 'const f = (d: Date, tz : string) => d;'), TEXT_RULES[1]!.rule],
  ];
  it.each(phrases)('catches %s', (_, source, rule) => {
    expect(checkFile(source)).toEqual([expect.stringMatching(new RegExp(`^${source.path}:\\d+ contains ".+": `))]);
    expect(checkFile(source)[0]!.endsWith(rule)).toBe(true);
  });

  const allowed: [string, SourceFile][] = [
    ['the kernel importing itself', file('src/kernel/router.ts', "import { ok } from './result.js';\nimport type { Clock } from '../kernel/clock.js';")],
    ['the kernel importing node and packages', file('src/kernel/time.ts', "import { format } from 'node:util';\nimport { z } from 'zod';")],
    ['disputes/ importing the ledger', file('src/disputes/daily.ts', "import { recordCase } from '../ledger/index.js';")],
    ['reports/ importing the ledger', file('src/reports/intake.ts', "import { saveDraft } from '../ledger/index.js';")],
    ['summary/ importing reports/ and disputes/', file('src/summary/digest.ts', "import { a } from '../reports/index.js';\nimport { b } from '../disputes/index.js';")],
    ['the CLI entry importing tools/', file('src/cli.ts', "import { bench } from './tools/bench/run.js';\nconst r = await import('./tools/replay/run.js');")],
    ['tools/ importing tools/ and the product', file('src/tools/replay/harness.ts', "import { createApp } from '../../app.js';\nimport { x } from '../sandbox/lines.js';")],
    ['a forbidden import in a comment', file('src/reports/replies.ts', "// was: import { x } from '../disputes/index.js';\n/* import('../summary/digest.js') */")],
    ['a forbidden phrase in a comment', file('src/reports/store.ts', '/** No more tz: string here, and never as unknown as Db. */')],
    ['tz: string outside the three capabilities', file('src/scheduler/cron.ts', 'export function next(expr: string, tz: string) {}')],
    ['a tz that is not a string', file('src/reports/cycle/late.ts', 'function late(cal: Calendar, tzName: string) {}')],
  ];
  it.each(allowed)('passes %s', (_, source) => {
    expect(checkFile(source)).toEqual([]);
  });

  it('passes a clean tree and lists every finding of a broken one', () => {
    const clean = [
      file('src/kernel/result.ts', 'export const ok = 1;'),
      file('src/ledger/index.ts', "export { ok } from '../kernel/result.js';"),
      file('src/reports/handle.ts', "import { ok } from '../ledger/index.js';"),
      file('src/cli.ts', "import { run } from './tools/replay/run.js';"),
    ];
    expect(checkTree(clean)).toEqual([]);
    const broken = [...clean, file('src/ledger/x.ts', "import '../reports/handle.js';"), file('src/kernel/y.ts', "export * from '../ledger/index.js';")];
    expect(checkTree(broken)).toEqual([
      `src/ledger/x.ts:1 imports src/reports/handle.ts: ${IMPORT_RULES[1]!.rule}`,
      `src/kernel/y.ts:1 imports src/ledger/index.ts: ${IMPORT_RULES[0]!.rule}`,
    ]);
  });
});
