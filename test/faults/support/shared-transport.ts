import type { Transport, TransportHandlers } from '../../../src/chat/port.js';

/**
 * One WeChat account seen by several bot instances (a hot standby on the same puppet service):
 * every instance receives every message and sends through the same account. The account starts
 * when the last instance has started; events go to all of them.
 */
export function sharedTransport(inner: Transport, instances: number): Transport[] {
  const all: TransportHandlers[] = [];
  let running = 0;
  const combined: TransportHandlers = {
    onMessage: async (m) => void (await Promise.all(all.map((h) => h.onMessage(m)))),
    onLogin: async (name) => {
      for (const h of all) await h.onLogin(name);
    },
    onLogout: async (reason) => {
      for (const h of all) await h.onLogout(reason);
    },
    onRoomTopic: async (id, topic) => {
      for (const h of all) await h.onRoomTopic(id, topic);
    },
    onError: (err) => all.forEach((h) => h.onError(err)),
  };
  return Array.from({ length: instances }, () => ({
    ...inner,
    async start(handlers: TransportHandlers) {
      all.push(handlers);
      running++;
      if (all.length === instances) await inner.start(combined);
    },
    async stop() {
      if (--running === 0) await inner.stop();
    },
  }));
}
