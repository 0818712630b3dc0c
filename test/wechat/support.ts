import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/kernel/logger.js';
import type { InboundMessage, TransportHandlers } from '../../src/chat/port.js';
import { createMockWorld, type MockWorld, type MockWorldOptions } from '../../src/chat/mock/mock-world.js';

/** A pino logger whose lines the test can read. */
export function capturedLog(level = 'debug'): { log: Logger; lines: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      raw.push(String(chunk));
      done();
    },
  });
  return { log: createLogger(level, sink), lines: () => raw.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

export interface Recorder extends TransportHandlers {
  messages: InboundMessage[];
  logins: string[];
  logouts: string[];
  topics: [string, string][];
  errors: Error[];
}

/** Handlers that remember everything; `onMessage` may be replaced per test. */
export function recorder(onMessage?: (m: InboundMessage) => Promise<void> | void): Recorder {
  const r: Recorder = {
    messages: [],
    logins: [],
    logouts: [],
    topics: [],
    errors: [],
    async onMessage(m) {
      r.messages.push(m);
      await onMessage?.(m);
    },
    onLogin: (name) => void r.logins.push(name),
    onLogout: (reason) => void r.logouts.push(reason),
    onRoomTopic: (id, topic) => void r.topics.push([id, topic]),
    onError: (err) => void r.errors.push(err),
  };
  return r;
}

/** A started mock world with handlers that record; the caller stops it. */
export async function startedWorld(
  setup: (world: MockWorld) => void,
  options: MockWorldOptions & { handlers?: Partial<TransportHandlers> } = {},
): Promise<{ world: MockWorld; rec: Recorder }> {
  const world = createMockWorld(options);
  setup(world);
  const rec = recorder();
  await world.transport.start({ ...rec, ...options.handlers });
  return { world, rec };
}
