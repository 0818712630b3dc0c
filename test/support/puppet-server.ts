import { randomUUID } from 'node:crypto';
import { types } from 'wechaty-puppet';
import { WorldPuppet } from '../../src/chat/mock/mock-puppet.js';
import { PUPPET_SERVICE } from '../../src/chat/wechaty/puppet-choice.js';
import { quietBrolog } from '../../src/chat/wechaty/puppet.js';

/** The gRPC server half of wechaty-puppet-service, as far as these tests use it. */
interface PuppetServerLike {
  start(): Promise<void>;
  stop(): Promise<void>;
}
type PuppetServerClass = new (options: { endpoint: string; token: string; puppet: WorldPuppet }) => PuppetServerLike;

/**
 * Loaded by a name typed as a plain string: the package's type declarations redeclare
 * util.promisify for the whole program (see src/chat/wechaty/puppet.ts).
 */
const SERVICE_PACKAGE: string = PUPPET_SERVICE;

/**
 * A puppet-service gateway on this machine, as a protocol provider runs one, serving the mock
 * puppet: `gridbot start` reaches it through the real puppet-service client, gRPC and TLS included.
 * Token prefix "insecure" selects the certificate both halves of the package ship for testing.
 */
export async function puppetGateway(port: number) {
  quietBrolog('silent');
  const { PuppetServer } = (await import(SERVICE_PACKAGE)) as { PuppetServer: PuppetServerClass };
  const puppet = new WorldPuppet(true);
  const { mocker } = puppet;
  const token = `insecure_${randomUUID()}`;
  const server = new PuppetServer({ endpoint: `127.0.0.1:${port}`, token, puppet });
  const self = mocker.createContact({ id: puppet.newContactId(), name: '网格助手' });
  return {
    token,
    endpoint: `127.0.0.1:${port}`,
    start: () => server.start(),
    stop: () => server.stop(),
    login: () => mocker.login(self),
    /** A friend of the bot writes to it privately. */
    say(from: string, text: string) {
      const talker = mocker.createContact({ id: puppet.newContactId(), name: from, friend: true });
      const id = puppet.newMessageId();
      mocker.MessageMock.create({ id, talkerId: talker.id, listenerId: self.id, text, type: types.Message.Text, timestamp: Date.now() });
      puppet.emit('message', { messageId: id });
    },
    sent: () => [...puppet.sentLog],
  };
}
