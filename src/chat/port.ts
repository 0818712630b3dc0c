import type { OutgoingFile } from '../kernel/file.js';

export type { OutgoingFile };

/** A WeChat message as plain data: what the adapter hands inward. Ids are the puppet's (a cache). */
export interface InboundMessage {
  wechatMessageId: string;
  /** null for a private chat with the bot. */
  roomWechatId: string | null;
  roomTopic: string | null;
  senderWechatId: string;
  senderName: string;
  /** The remark the bot set on this contact, when it is a friend and the puppet reports it. */
  senderAlias: string | null;
  text: string;
  /** True when the bot itself was @-mentioned. */
  mentionSelf: boolean;
  /** Display names @-mentioned in the text (without the bot). */
  mentions: string[];
  /** Puppet contact ids of those mentioned, when the puppet reports them. */
  mentionIds: string[];
  sentAt: Date;
  /** A workbook sent privately (a roster to import): held in memory for this message only, never stored. */
  file?: OutgoingFile;
}

/** A button under a message: tapping it is the same as the person typing `text` to the bot. */
export interface Button {
  text: string;
}

/** Where a message goes, as the puppet knows it this login. */
export type Address = { room: string } | { contact: string };

/** A room or member by our own id (what the outbox stores); identity turns it into an Address. */
export interface Target {
  kind: 'room' | 'member';
  id: number;
}

/**
 * The chat transport port: Wechaty today, WeCom's official bot tomorrow. Capabilities never see it;
 * only the inbound pipeline, the outbox sender and identity re-resolution do.
 */
export interface Transport {
  start(handlers: TransportHandlers): Promise<void>;
  stop(): Promise<void>;
  sendText(to: Address, text: string, mentionContactIds?: string[]): Promise<void>;
  sendFile(to: Address, file: OutgoingFile): Promise<void>;
  /** A text with a button (a WeCom template card). A channel without buttons leaves it out: the text alone goes. */
  sendButton?(to: Address, text: string, button: Button): Promise<void>;
  /** The puppet's current id of the one group with this exact topic; null when none or several have it. */
  findRoomByTopic(topic: string): Promise<string | null>;
  /** The puppet's current id of a friend carrying this remark, or null. */
  findContactByAlias(alias: string): Promise<string | null>;
  /** Contacts in a room with this display name (more than one means ambiguous). */
  findRoomMembersByName(roomId: string, name: string): Promise<string[]>;
  /** Sets the bot's remark on a friend; false when the puppet cannot. */
  setAlias(contactId: string, alias: string): Promise<boolean>;
  /** The bot's own contact id while logged in. */
  selfId(): string | null;
}

export interface TransportHandlers {
  onMessage(message: InboundMessage): void | Promise<void>;
  onLogin(selfName: string): void | Promise<void>;
  onLogout(reason: string): void | Promise<void>;
  /** A group the bot is in was renamed (while logged in). */
  onRoomTopic(roomWechatId: string, topic: string): void | Promise<void>;
  onError(error: Error): void;
  /** The transport asks for the centre to be told (e.g. the WeCom bot taken over elsewhere); `key` dedupes. */
  onNotice?(text: string, key: string): void | Promise<void>;
  /** A channel's connection came up or went down (the webhook fallback listens). */
  onChannelState?(state: { channel: 'wechat' | 'wecom'; up: boolean; reason: string }): void | Promise<void>;
}
