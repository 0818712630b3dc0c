import { randomBytes } from 'node:crypto';
import type { FileBoxInterface } from 'file-box';
import type { payloads } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';

/** One message the bot sent, as a person in the conversation would see it. */
export interface SentRecord {
  /** Room topic, or the contact's display name for a private message. */
  to: string;
  toKind: 'room' | 'contact';
  text?: string;
  fileName?: string;
  /** Display names of the contacts @-mentioned. */
  mentions: string[];
  /** Another channel than WeChat carried it ('企业微信', the webhook's name). */
  via?: string;
  /** Buttons under it (a WeCom card). */
  buttons?: string[];
}

type Pooled = { pool: Map<string, unknown> };

/**
 * wechaty-puppet-mock with what the harness needs and the mock lacks: remarks that stick, a record
 * of what the bot sent, sends that fail on demand, and a re-login that changes every id (as the free
 * puppets do), keeping names, topics and remarks.
 */
export class WorldPuppet extends PuppetMock {
  readonly sentLog: SentRecord[] = [];
  private failures: { left: number; message: string } = { left: 0, message: '' };
  /** Display names whose private messages always fail (they blocked the bot, or are no friend of it). */
  private readonly refusing = new Set<string>();
  private generation = 1;
  private serial = 0;

  constructor(private readonly remarks: boolean) {
    super({ mocker: new mock.Mocker() });
  }

  /** Distinguishes worlds, so a second world on the same database (a "restart") never meets old ids. */
  private readonly world = randomBytes(3).toString('hex');
  private messages = 0;

  /** A fresh id of this login; contact ids never contain '@' (the mock tells rooms by it). */
  newContactId = () => `wxid_${this.world}_${this.generation}_${++this.serial}`;
  newRoomId = () => `${this.world}${this.generation}0${++this.serial}@chatroom`;
  /** Message ids, like WeChat's, stay unique across logins. */
  newMessageId = () => `msg_${this.world}_${++this.messages}`;

  /** Like the real puppets, report ready (contacts loaded) shortly after each login. */
  override login(userId: string): void {
    super.login(userId);
    setImmediate(() => this.emit('ready', { data: 'mock world' }));
  }

  failNext(count: number, message: string): void {
    this.failures = { left: count, message };
  }

  refuse(name: string): void {
    this.refusing.add(name);
  }

  override async contactAlias(contactId: string): Promise<string>;
  override async contactAlias(contactId: string, alias: string | null): Promise<void>;
  override async contactAlias(contactId: string, alias?: string | null): Promise<string | void> {
    const payload = this.mocker.contactPayload(contactId);
    if (alias === undefined) return payload.alias ?? '';
    if (!this.remarks) throw new Error('this puppet cannot set remarks');
    payload.alias = alias ?? undefined;
  }

  override async messageSendText(conversationId: string, text: string, mentionIdList: string[] = []): Promise<void> {
    this.takeFailure();
    const to = this.target(conversationId);
    if (to.toKind === 'contact' && this.refusing.has(to.to)) throw new Error('消息已发出，但被对方拒收了');
    await super.messageSendText(conversationId, text);
    this.sentLog.push({ ...this.target(conversationId), text, mentions: mentionIdList.map((id) => this.nameOf(id)) });
  }

  override async messageSendFile(conversationId: string, file: FileBoxInterface): Promise<void> {
    this.takeFailure();
    await super.messageSendFile(conversationId, file);
    this.sentLog.push({ ...this.target(conversationId), fileName: file.name, mentions: [] });
  }

  nameOf(contactId: string): string {
    return this.mocker.contactPayload(contactId).name;
  }

  /** Logs out, gives every contact and room a new id (old ids stop working), and logs in again. */
  async relogin(): Promise<void> {
    const selfId = this.currentUserId;
    await this.logout('relogin');
    const contacts = [...this.mocker.cacheContactPayload.values()];
    const rooms = [...this.mocker.cacheRoomPayload.values()];
    this.forgetEverything();
    this.generation += 1;
    const renamed = new Map(contacts.map((c) => [c.id, this.newContactId()]));
    const newId = (id: string) => renamed.get(id) ?? id;
    for (const c of contacts) this.mocker.createContact({ ...c, id: newId(c.id) });
    for (const r of rooms) {
      this.mocker.createRoom({ ...r, id: this.newRoomId(), memberIdList: r.memberIdList.map(newId), adminIdList: r.adminIdList.map(newId) });
    }
    this.mocker.login(this.mocker.ContactMock.load(newId(selfId)));
  }

  private forgetEverything(): void {
    const m = this.mocker;
    for (const cls of [m.ContactMock, m.RoomMock, m.MessageMock]) (cls as unknown as Pooled).pool.clear();
    m.cacheContactPayload.clear();
    m.cacheRoomPayload.clear();
    m.cacheMessagePayload.clear();
    m.cacheFileBoxPayload.clear();
    this.cache.clear();
  }

  private takeFailure(): void {
    if (this.failures.left <= 0) return;
    this.failures.left -= 1;
    throw new Error(this.failures.message);
  }

  private target(conversationId: string): Pick<SentRecord, 'to' | 'toKind'> {
    const room: payloads.Room | undefined = this.mocker.cacheRoomPayload.get(conversationId);
    return room ? { to: room.topic, toKind: 'room' } : { to: this.nameOf(conversationId), toKind: 'contact' };
  }
}
