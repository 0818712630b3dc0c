import type { BoundRoom, Person } from './person.js';
import type { OutgoingFile } from './file.js';
import { parseCommandNamed, type Command } from './command.js';

/** A stored inbound message, as handlers see it. */
export interface StoredMessage {
  id: number;
  wechatMessageId: string;
  senderName: string;
  text: string;
  mentionSelf: boolean;
  mentions: string[];
  mentionIds: string[];
  sentAt: Date;
  /** The file that came with the message, when it arrived just now (a resumed message has none). */
  file?: OutgoingFile;
}

/** What a handler gets: the message, who sent it, where, and how to answer. */
export interface MessageContext {
  message: StoredMessage;
  /** The text without a leading @bot mention, trimmed. */
  text: string;
  sender: Person;
  /** The bound room the message came from; null in a private chat or an unbound group. */
  room: BoundRoom | null;
  /** The group as WeChat knows it this login (bound or not); null in a private chat. */
  roomRef: { wechatId: string; topic: string } | null;
  isPrivate: boolean;
  now: Date;
  /** Answers in the same conversation (in a group, @-mentioning the sender). */
  reply(text: string): Promise<void>;
  /** Answers the sender in a private chat, wherever the message came from. */
  replyPrivately(text: string): Promise<void>;
  replyFile(file: OutgoingFile): Promise<void>;
}

/** Details privately (the sender's private chat); in a group only `groupText`, so dispute details never reach a group. */
export async function tell(ctx: MessageContext, details: string, groupText: string): Promise<void> {
  if (ctx.isPrivate) return ctx.reply(details);
  await ctx.reply(groupText);
  await ctx.replyPrivately(details);
}

/** Spoken to the bot: a private message, or @bot in a group. */
export const addressedToBot = (ctx: MessageContext): boolean => ctx.isPrivate || ctx.message.mentionSelf;

export interface Route {
  name: string;
  match(ctx: MessageContext): boolean;
  handle(ctx: MessageContext): Promise<void>;
}

/** First match wins; the fallback takes what no route wanted. */
export function createRouter(routes: readonly Route[], fallback: Route) {
  return function route(ctx: MessageContext): Route {
    return routes.find((r) => r.match(ctx)) ?? fallback;
  };
}

/**
 * A route for `#name ...` commands; several spellings may share one handler. With `glued`, the
 * argument may follow a one-character name without a space when `glued` recognises it (parseCommandNamed).
 */
export function commandRoute(names: readonly string[], handle: (ctx: MessageContext, command: Command) => Promise<void>, glued?: (rest: string) => boolean): Route {
  const read = (ctx: MessageContext) => parseCommandNamed(ctx.text, names, glued);
  return {
    name: `#${names[0]}`,
    match: (ctx) => read(ctx) !== null,
    handle: (ctx) => handle(ctx, read(ctx)!),
  };
}
