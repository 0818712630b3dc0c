import { randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';

/** A frame as the WeCom long connection carries it. */
export interface Frame {
  cmd?: string;
  headers: { req_id: string };
  body?: Record<string, unknown>;
  errcode?: number;
  errmsg?: string;
}

/** What the bot sent that a person would see: replies, pushes and files, by conversation. */
export interface Sent {
  cmd: string;
  /** userid of a private chat or chatid of a group (for replies: of the callback answered). */
  chat: string;
  msgtype: string;
  /** Markdown, stream text, or a card's title and description. */
  text: string;
  body: Record<string, unknown>;
}

export interface FakeWecom {
  url: string;
  port: number;
  /** Every frame the client sent, in order (pings included). */
  frames(): Frame[];
  sent(): Sent[];
  /** Completed uploads: file name and bytes. */
  files(): { name: string; bytes: Buffer }[];
  subscribed(): number;
  /** Pushes a text (or voice) message; in a group the text should start with @botname. */
  say(from: string, text: string, options?: { chatid?: string; voice?: boolean; msgid?: string; at?: Date }): string;
  /** A button tap on a template card; returns the event's msgid. */
  tap(from: string, eventKey: string, taskId: string, chatid?: string, msgid?: string, at?: Date): string;
  /** Another connection took over: the server sends disconnected_event and closes. */
  takeover(): void;
  /** Sends to this chat answer with this errcode from now on (0 clears it). */
  failSends(chat: string, errcode: number, errmsg?: string): void;
  /** Closes every client connection (as a network drop would). */
  drop(): void;
  /** An outage: every connection is closed and new ones are refused until `resume`. */
  pause(): void;
  resume(): void;
  /** Template cards replaced after a tap (aibot_respond_update_msg), in order. */
  updates(): Record<string, unknown>[];
  stop(): Promise<void>;
}

const ack = (reqId: string, errcode = 0, body?: Record<string, unknown>): Frame => ({
  headers: { req_id: reqId },
  errcode,
  errmsg: errcode ? 'fail' : 'ok',
  ...(body ? { body } : {}),
});

function visibleText(body: Record<string, unknown>): string {
  const b = body as {
    markdown?: { content?: string };
    stream?: { content?: string };
    template_card?: { main_title?: { title?: string; desc?: string }; sub_title_text?: string };
  };
  const card = b.template_card;
  return b.markdown?.content ?? b.stream?.content ?? (card ? [card.main_title?.title, card.sub_title_text].filter(Boolean).join('\n') : '');
}

/**
 * A local stand-in for WeCom's smart-bot long connection: answers every frame the official SDK
 * sends (subscribe, ping, respond, send, the three upload steps) and pushes callbacks and events.
 * `secret` is what subscribe must carry; a wrong one gets errcode 40001.
 */
export async function fakeWecom(options: { botId?: string; secret?: string; port?: number } = {}): Promise<FakeWecom> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: options.port ?? 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const port = (wss.address() as { port: number }).port;
  const frames: Frame[] = [];
  const sent: Sent[] = [];
  const files: { name: string; bytes: Buffer }[] = [];
  const uploads = new Map<string, { name: string; chunks: Buffer[] }>();
  const callbacks = new Map<string, string>();
  const failures = new Map<string, { errcode: number; errmsg: string }>();
  const live = new Set<WebSocket>();
  const updates: Record<string, unknown>[] = [];
  let subscribed = 0;
  let paused = false;

  const push = (frame: Frame) => live.forEach((ws) => ws.send(JSON.stringify(frame)));

  function answer(ws: WebSocket, f: Frame): void {
    const reply = (errcode = 0, body?: Record<string, unknown>) => ws.send(JSON.stringify(ack(f.headers.req_id, errcode, body)));
    const body = f.body ?? {};
    switch (f.cmd) {
      case 'aibot_subscribe': {
        const okay = body.bot_id === (options.botId ?? body.bot_id) && body.secret === (options.secret ?? body.secret);
        if (okay) subscribed++;
        return reply(okay ? 0 : 40001);
      }
      case 'ping':
        return reply();
      case 'aibot_respond_msg':
      case 'aibot_send_msg': {
        const chat = f.cmd === 'aibot_send_msg' ? String(body.chatid) : (callbacks.get(f.headers.req_id) ?? '?');
        const failure = failures.get(chat);
        if (failure) return void ws.send(JSON.stringify({ ...ack(f.headers.req_id, failure.errcode), errmsg: failure.errmsg }));
        sent.push({ cmd: f.cmd, chat, msgtype: String(body.msgtype), text: visibleText(body), body });
        return reply();
      }
      case 'aibot_respond_update_msg':
        updates.push(body);
        return reply();
      case 'aibot_upload_media_init': {
        const id = randomUUID();
        uploads.set(id, { name: String(body.filename), chunks: [] });
        return reply(0, { upload_id: id });
      }
      case 'aibot_upload_media_chunk':
        uploads.get(String(body.upload_id))?.chunks.splice(Number(body.chunk_index), 0, Buffer.from(String(body.base64_data), 'base64'));
        return reply();
      case 'aibot_upload_media_finish': {
        const upload = uploads.get(String(body.upload_id));
        if (!upload) return reply(40000);
        files.push({ name: upload.name, bytes: Buffer.concat(upload.chunks) });
        return reply(0, { type: 'file', media_id: `media-${files.length}`, created_at: String(Date.now()) });
      }
      default:
        return reply(40000);
    }
  }

  wss.on('connection', (ws) => {
    if (paused) return void ws.terminate();
    live.add(ws);
    ws.on('close', () => live.delete(ws));
    ws.on('message', (data) => {
      const f = JSON.parse(String(data)) as Frame;
      frames.push(f);
      answer(ws, f);
    });
  });

  let seq = 0;
  const callback = (cmd: string, from: string, chatid: string | undefined, fields: Record<string, unknown>) => {
    const reqId = `cb-${++seq}`;
    callbacks.set(reqId, chatid ?? from);
    const where = chatid ? { chattype: 'group', chatid } : { chattype: 'single' };
    push({ cmd, headers: { req_id: reqId }, body: { msgid: `m-${seq}`, aibotid: options.botId ?? 'bot', from: { userid: from }, create_time: Date.now(), ...where, ...fields } });
    return `m-${seq}`;
  };

  return {
    url: `ws://127.0.0.1:${port}`,
    port,
    frames: () => [...frames],
    sent: () => [...sent],
    files: () => [...files],
    subscribed: () => subscribed,
    say(from, text, o = {}) {
      const content = o.voice ? { msgtype: 'voice', voice: { content: text } } : { msgtype: 'text', text: { content: text } };
      return callback('aibot_msg_callback', from, o.chatid, { ...content, ...(o.msgid ? { msgid: o.msgid } : {}), ...(o.at ? { create_time: o.at.getTime() } : {}) });
    },
    tap(from, eventKey, taskId, chatid, msgid, at) {
      const event = { eventtype: 'template_card_event', event_key: eventKey, task_id: taskId };
      return callback('aibot_event_callback', from, chatid, { msgtype: 'event', event, ...(msgid ? { msgid } : {}), ...(at ? { create_time: at.getTime() } : {}) });
    },
    takeover() {
      callback('aibot_event_callback', 'system', undefined, { msgtype: 'event', event: { eventtype: 'disconnected_event' } });
      setTimeout(() => live.forEach((ws) => ws.close()), 50);
    },
    failSends(chat, errcode, errmsg = 'api freq out of limit') {
      if (errcode === 0) failures.delete(chat);
      else failures.set(chat, { errcode, errmsg });
    },
    drop: () => live.forEach((ws) => ws.terminate()),
    pause() {
      paused = true;
      live.forEach((ws) => ws.terminate());
    },
    resume: () => void (paused = false),
    updates: () => [...updates],
    stop: () =>
      new Promise<void>((resolve) => {
        live.forEach((ws) => ws.terminate());
        wss.close(() => resolve());
      }),
  };
}
