import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { createAsker, createLawLibrary, EMPTY_LIBRARY_ANSWER, type Ask } from '../../src/lawqa/index.js';
import { testDb } from '../support/db.js';
import { GRID_ROOM, lawqaHarness } from './chat-support.js';

let database: Database;
let ask: Ask;
beforeAll(async () => {
  database = await testDb();
  ask = createAsker(createLawLibrary(database.db));
});
afterAll(() => database.close());

describe('asking while no statute is imported', () => {
  it.each(['借钱不还咋办', '邻居家的狗把我娃咬了 谁出医药费', '老板拖着工资不给 快过年了', '宅基地被村里收回去修路 不给补偿'])(
    'says the library is empty and how to fill it, not 没找到依据: %s',
    async (q) => {
      const a = await ask(q);
      expect(a.answer).toBe(EMPTY_LIBRARY_ANSWER);
      expect(a.answer).toContain('npx gridbot laws fetch');
      expect(a.citations).toEqual([]);
    },
  );

  it('still answers danger with the emergency line first', async () => {
    const a = await ask('他拿着刀在门口说今晚要砍死我');
    expect(a.urgent).toBe(true);
    expect(a.answer).toMatch(/^请立即拨打110/);
  });

  it('still greets a greeting as a greeting', async () => {
    expect((await ask('你好')).answer).not.toContain('法条库是空的');
  });
});

describe('in the chat, with no statute imported', () => {
  it.each([
    ['privately', {}],
    ['@bot in the grid group', { room: GRID_ROOM, mention: true }],
  ])('a resident asking %s is told the library is empty and what fixes it', async (_, where) => {
    const h = await lawqaHarness({ laws: null });
    try {
      const sent = await h.say('李大姐', '邻居修房子占了俺家的路 咋整', where);
      expect(sent.map((r) => r.text)).toEqual([expect.stringContaining('法条库是空的')]);
      expect(sent[0]!.text).toContain('npx gridbot laws fetch');
      expect(sent[0]!.text).not.toContain('没找到依据');
    } finally {
      await h.closeAll();
    }
  });
});
