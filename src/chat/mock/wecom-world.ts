import type { Clock } from '../../kernel/clock.js';
import type { Logger } from '../../kernel/logger.js';
import type { SentRecord } from './mock-puppet.js';
import { createWaiters } from '../wechaty/waiters.js';
import { createWecomClient } from '../wecom/client.js';
import { createWecomTransport, type WecomTransport } from '../wecom/transport.js';
import { wecomId } from '../channel.js';
import { fakeWecom, type FakeWecom, type Sent } from './wecom-server.js';

/** How long a replay waits for the real SDK to connect (or reconnect after an outage: its back-off is 1 s, 2 s, 4 s…). */
const CONNECT_MS = 40_000;

export interface WecomWorld {
  server: FakeWecom;
  transport: WecomTransport;
  /** A staff member's WeCom account (userid); returns it. */
  addPerson(name: string): string;
  /** A WeCom group (the bot was added to it); returns its chatid. */
  addRoom(topic: string): string;
  userid(name: string): string | undefined;
  chatid(topic: string): string | undefined;
  /** A message as WeCom delivers it (in a group: only when it @s the bot); resolves once handled. */
  say(name: string, text: string, options?: { room?: string; voice?: boolean }): Promise<void>;
  /** Taps the button `words` on the last card sent to this person; false when there is none. */
  tap(name: string, words: string): Promise<boolean>;
  /** What people saw, named as the mock WeChat world names its sends. */
  sent(): SentRecord[];
  /** The connection goes down (every dial refused) or comes back; resolves once the SDK sees it. */
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
}

async function until(check: () => boolean, what: string): Promise<void> {
  const giveUp = Date.now() + CONNECT_MS;
  while (!check()) {
    if (Date.now() > giveUp) throw new Error(`wecom world: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * A WeCom world for replays and the sandbox: the real SDK connected to the local fake server, the
 * transport's handler awaited per message, sends named by person and group.
 */
export async function createWecomWorld(options: { log: Logger; clock: Clock; botName?: string }): Promise<WecomWorld> {
  const server = await fakeWecom({ botId: 'replay-bot', secret: 'replay' });
  const client = createWecomClient({ botId: 'replay-bot', secret: 'replay', wsUrl: server.url }, options.log);
  const inner = createWecomTransport(client, { log: options.log, clock: options.clock, botId: 'replay-bot' });
  const waiters = createWaiters();
  const people = new Map<string, string>();
  const rooms = new Map<string, string>();
  const nameOf = (chat: string) => [...people].find(([, id]) => id === chat)?.[0];
  const tag = Math.random().toString(36).slice(2, 8);
  let serial = 0;
  /** Message ids unique to this world, known before the server pushes the message (to wait on it). */
  const nextId = () => `${tag}-${++serial}`;
  const account = (name: string): string => {
    const id = people.get(name);
    if (!id) throw new Error(`${name} 没有企业微信账号：在企业微信群里说话的人要在 people 里写 "channel": "wecom"`);
    return id;
  };
  const topicOf = (chat: string) => [...rooms].find(([, id]) => id === chat)?.[0];
  const fileOf = (s: Sent) => (s.msgtype === 'file' ? server.files()[Number(String((s.body.file as { media_id?: string })?.media_id).replace('media-', '')) - 1]?.name : undefined);
  const record = (s: Sent): SentRecord => {
    const topic = topicOf(s.chat);
    const file = fileOf(s);
    const buttons = (s.body.template_card as { button_list?: { text: string }[] } | undefined)?.button_list?.map((b) => b.text);
    const what = file ? { fileName: file } : { text: s.msgtype === 'template_card' ? String((s.body.template_card as { sub_title_text?: string }).sub_title_text ?? '') : s.text };
    return { to: topic ?? nameOf(s.chat) ?? s.chat, toKind: topic ? 'room' : 'contact', ...what, mentions: [], via: '企业微信', ...(buttons ? { buttons } : {}) };
  };

  const transport: WecomTransport = {
    ...inner,
    get connection() {
      return inner.connection;
    },
    async start(handlers) {
      await inner.start(waiters.wrap(handlers));
      await until(() => inner.connection.up(), 'the SDK never subscribed');
    },
  };

  return {
    server,
    transport,
    addPerson(name) {
      const id = people.get(name) ?? `u${people.size + 1}`;
      people.set(name, id);
      return id;
    },
    addRoom(topic) {
      const id = rooms.get(topic) ?? `chat${rooms.size + 1}`;
      rooms.set(topic, id);
      return id;
    },
    userid: (name) => people.get(name),
    chatid: (topic) => rooms.get(topic),
    async say(name, text, o = {}) {
      const from = account(name);
      const chatid = o.room ? rooms.get(o.room) : undefined;
      const msgid = nextId();
      const body = chatid ? `@${options.botName ?? '网格助手'} ${text}` : text;
      await waiters.after(wecomId(msgid), () => server.say(from, body, { chatid, voice: o.voice, msgid, at: options.clock.now() }));
    },
    async tap(name, words) {
      const from = account(name);
      const card = server
        .sent()
        .filter((s) => s.chat === from && s.msgtype === 'template_card')
        .map((s) => s.body.template_card as { task_id?: string; button_list?: { text: string; key: string }[] })
        .findLast((c) => c.button_list?.some((b) => b.text === words));
      const button = card?.button_list?.find((b) => b.text === words);
      if (!card?.task_id || !button) return false;
      const msgid = nextId();
      await waiters.after(wecomId(msgid), () => server.tap(from, button.key, card.task_id!, undefined, msgid, options.clock.now()));
      return true;
    },
    sent: () => server.sent().map(record),
    async down() {
      server.pause();
      await until(() => !inner.connection.up(), 'the SDK never saw the outage');
    },
    async up() {
      server.resume();
      await until(() => inner.connection.up(), 'the SDK never reconnected');
    },
    async stop() {
      await inner.stop();
      await server.stop();
    },
  };
}
