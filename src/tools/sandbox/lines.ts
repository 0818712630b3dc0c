import { createInterface } from 'node:readline';

/** Lines of one terminal paste arrive together; a person typing is never this fast. */
export const PASTE_MS = 30;
/** Begins a message of several lines typed by hand; a line with only END ends it. */
export const BEGIN = '<<';
export const END = '.';

/** A queue read as an async iterable; null ends it. */
function messageQueue() {
  const ready: (string | null)[] = [];
  let wake: (() => void) | null = null;
  return {
    push(m: string | null) {
      ready.push(m);
      wake?.();
      wake = null;
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (ready.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const next = ready.shift()!;
        if (next === null) return;
        yield next;
      }
    },
  };
}

/**
 * What is typed into the sandbox, as messages: one line is one message, except that lines pasted
 * together (arriving within `pasteMs`; on a terminal only, piped input always comes in bulk) and
 * lines between BEGIN and END are one message of several lines. Sandbox commands (lines starting
 * with /) at the head of a paste, or typed ahead of it, are still one command a line.
 */
export function readMessages(
  input: NodeJS.ReadableStream,
  options: { pasteMs: number; output?: NodeJS.WritableStream; terminal?: boolean },
): AsyncIterable<string> & { close(): void } {
  const rl = createInterface({ input, output: options.output, terminal: options.terminal ?? false });
  const queue = messageQueue();
  const emit = (m: string) => queue.push(m);
  let block: string[] | null = null;
  let pasted: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flushPaste = () => {
    const lines = pasted;
    pasted = [];
    let i = 0;
    while (i < lines.length && lines[i]!.trim().startsWith('/')) emit(lines[i++]!);
    if (i < lines.length) emit(lines.slice(i).join('\n'));
  };
  rl.on('line', (line) => {
    if (block) return void (line.trim() === END ? (emit(block.join('\n')), (block = null)) : block.push(line));
    if (line.trim() === BEGIN && pasted.length === 0) return void (block = []);
    if (options.pasteMs <= 0) return void emit(line);
    pasted.push(line);
    clearTimeout(timer);
    timer = setTimeout(flushPaste, options.pasteMs);
  });
  rl.on('close', () => (clearTimeout(timer), flushPaste(), block && emit(block.join('\n')), queue.push(null)));
  return { close: () => rl.close(), [Symbol.asyncIterator]: () => queue[Symbol.asyncIterator]() };
}
