import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { broadcastPart } from './parts/broadcast.js';
import type { Part, PartContext } from './parts/context.js';
import { foundationPart } from './parts/foundation.js';
import { lawqaPart } from './parts/lawqa.js';
import { loadPart } from './parts/load.js';
import { reportsPart } from './parts/reports.js';
import type { BenchRow } from './table.js';

/** In table order. */
export const PARTS: Record<string, Part> = {
  foundation: foundationPart,
  reports: reportsPart,
  lawqa: lawqaPart,
  broadcast: broadcastPart,
  load: loadPart,
};

export interface BenchOptions extends Omit<PartContext, 'progress'> {
  /** Part names to run (default: all). */
  only?: string[];
  /**
   * Run the parts that report memory (lawqa, load) in a child process each (with --expose-gc),
   * so their figures are their own and not the earlier parts' leftovers. The CLI does; in-process tests do not.
   */
  isolate?: boolean;
  progress?: (line: string) => void;
}

const BIN = fileURLToPath(new URL('../../../bin/gridbot.js', import.meta.url));
// Parts whose memory figures must be their own, not what earlier parts' databases left behind.
const ISOLATED = new Set(['lawqa', 'load']);

/** `gridbot bench --only <part> --json` in a fresh node; resolves with the rows it printed. */
function runIsolated(part: string, quick: boolean): Promise<BenchRow[]> {
  const args = ['--expose-gc', BIN, 'bench', '--only', part, '--json', ...(quick ? ['--quick'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench part ${part} exited with ${code}`));
      try {
        resolve(JSON.parse(out) as BenchRow[]);
      } catch (err) {
        reject(new Error(`bench part ${part} printed no table: ${String(err)}`));
      }
    });
  });
}

/** Unknown part names, for a clear error before anything runs. */
export const unknownParts = (names: readonly string[]): string[] => names.filter((n) => !(n in PARTS));

/** Runs the chosen parts in order and returns every row. */
export async function runBench(options: BenchOptions): Promise<BenchRow[]> {
  const names = options.only?.length ? Object.keys(PARTS).filter((n) => options.only!.includes(n)) : Object.keys(PARTS);
  const ctx: PartContext = { quick: options.quick, databaseUrl: options.databaseUrl, lawsDir: options.lawsDir, progress: options.progress ?? (() => {}) };
  const rows: BenchRow[] = [];
  for (const name of names) {
    if (options.isolate && ISOLATED.has(name)) {
      ctx.progress(`${name}: in a separate process`);
      rows.push(...(await runIsolated(name, options.quick)));
    } else {
      rows.push(...(await PARTS[name]!(ctx)));
    }
  }
  return rows;
}
