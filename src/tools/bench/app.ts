import { Writable } from 'node:stream';
import { runVirtualUntil } from '../replay/virtual-time.js';
import { createApp, type App } from '../../app.js';
import { virtualClock, type VirtualClock } from '../../kernel/clock.js';
import { createLogger } from '../../kernel/logger.js';
import type { Transport } from '../../chat/port.js';
import type { Database } from '../../db/client.js';
import { prepareLaws } from '../../lawqa/index.js';
import { benchConfig, nullTransport } from './fixtures.js';

export interface BenchApp {
  app: App;
  clock: VirtualClock;
  /** Messages the transport was asked to send. */
  sends(): number;
  /** Error-level log lines so far, and the first few of them (ids and codes only: the logger redacts texts). */
  errors(): { count: number; first: string[] };
  /**
   * Moves the virtual clock to `until`, running due timers (scheduled jobs) and sends in time
   * order, as the production sender loop would have between two messages.
   */
  catchUp(until: Date): Promise<void>;
}

/** Counts error (and fatal) lines a pino logger writes; everything below is dropped. */
function errorCounter() {
  let count = 0;
  const first: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) {
        if (!line) continue;
        count++;
        if (first.length < 5) first.push(line.slice(0, 300));
      }
      done();
    },
  });
  return { stream, report: () => ({ count, first: [...first] }) };
}

/** The real app on a virtual clock, a transport that only counts, no LLM, the sender driven by catchUp. */
export async function startBenchApp(database: Database, start: Date, env: Record<string, string> = {}, laws: string | null = null): Promise<BenchApp> {
  const clock = virtualClock(start);
  const counter = errorCounter();
  const log = createLogger('error', counter.stream);
  // As at start-up: statutes imported and the Q&A index built before the first question.
  if (laws) await prepareLaws(database.db, { source: laws, at: start, log });
  let sent = 0;
  const transport: Transport = {
    ...nullTransport(),
    sendText: async () => void sent++,
    sendFile: async () => void sent++,
  };
  const config = benchConfig(env);
  const app = createApp({ db: database.db, clock, config, log, transport, instanceId: 'bench', random: () => 0.5, pollMs: 0 });
  await app.start({ runSender: false });

  const catchUp = (until: Date) => runVirtualUntil(clock, app.sender, () => app.sender.sendNext(), until);

  return { app, clock, sends: () => sent, errors: counter.report, catchUp };
}
