import { wecomRoomId } from './channels.js';
import type { Harness, HarnessOptions, SayStep } from './harness-types.js';
import { seedWorld } from './seed.js';
import { sending } from './sending.js';
import { startReplayApp } from './setup.js';

export type { Harness, HarnessOptions, SayStep, Sent } from './harness-types.js';

/** The real app on the mock puppet, a virtual clock and an embedded database. */
export async function createHarness(options: HarnessOptions): Promise<Harness> {
  const started = await startReplayApp(options);
  const { app, world, clock, database, channels } = started;
  const { collect, drain, runUntil } = sending(app, channels, clock);
  const wecom = () => {
    if (!channels.wecom) throw new Error('这次回放没有企业微信通道');
    return channels.wecom;
  };
  const roomChannel = (topic: string) => (channels.wecom?.chatid(topic) ? 'wecom' : 'wechat');

  async function say(from: string, text: string, opts: SayStep): Promise<void> {
    const on = opts.room ? roomChannel(opts.room) : channels.channelOf(from);
    if (on === 'wechat') return void (await world.say(from, text, { room: opts.room, mentionBot: opts.mention, at: clock.now() }));
    // Whoever talks in a WeCom group has a WeCom account (from now on the bot answers them there).
    if (!wecom().userid(from)) await channels.joinWecom(database.db, from, clock.now());
    // WeCom shows a group message to the bot only when it @s the bot.
    if (!opts.room || opts.mention) await wecom().say(from, text, { room: opts.room, voice: opts.voice && !opts.room });
  }
  /** Runs a step, then sends what it queued. */
  const step = (action: () => Promise<unknown>) =>
    collect(async () => {
      await action();
      await drain();
    });

  return {
    ...started,
    async seed(people, rooms) {
      await seedWorld(database.db, world, people, rooms, clock.now(), channels.wecom ? (topic) => wecomRoomId(channels.wecom!, topic) : undefined);
      for (const p of people) if (p.channel === 'wecom') await channels.joinWecom(database.db, p.name, clock.now());
    },
    say: (from, text, opts = {}) => step(() => say(from, text, opts)),
    tap: (from, words) =>
      step(async () => {
        const pressed = channels.channelOf(from) === 'wecom' && (await wecom().tap(from, words));
        if (!pressed) await say(from, words, {});
      }),
    wecomLink: (state) => step(() => (state === 'down' ? wecom().down() : wecom().up())),
    setChannel: (name, channel) => (channel === 'wecom' ? channels.joinWecom(database.db, name, clock.now()) : channels.leaveWecom(database.db, name)),
    sendFile: (from, file) => step(() => world.sendFile(from, file, { at: clock.now() })),
    rename: (by, topic, newTopic) => step(() => world.renameRoom(topic, newTopic, by)),
    advanceTo: (to) => step(() => runUntil(to)),
    async close() {
      await app.stop();
      await world.stop();
      await channels.stop();
      if (!options.database) await database.close();
    },
  };
}
