import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientMentions, parseMentions, stripLeadingMentions } from '../../src/chat/wechaty/mentions.js';

const S = '\u2005';

describe('parseMentions', () => {
  it.each([
    ['the bot, as the WeChat client writes it', `@网格助手${S}#帮助`, [], ['网格助手']],
    ['several mentions in a row', `@网格助手${S}@李大姐${S}请处理`, [], ['网格助手', '李大姐']],
    ['a nickname with emoji and symbols', `@🌾张·网格(三组)${S}收到`, [], ['🌾张·网格(三组)']],
    ['a nickname with a space, closed by U+2005', `@Tom Lee${S}你好`, [], ['Tom Lee']],
    ['a mention in the middle of a sentence', `麻烦@王书记${S}看一下`, [], ['王书记']],
    ['a mention at the end of a line with a normal space', '这件事请 @张网格 \n谢谢', [], ['张网格']],
    ['a mention at the very end', '请处理 @张网格', [], ['张网格']],
    ['a typed mention followed by a normal space', '#成员 @张网格 网格员', [], ['张网格']],
    ['a known name with a space, typed', '#成员 @Tom Lee 网格员', ['Tom Lee'], ['Tom Lee']],
    ['a known name holding @', `@A@B${S}好`, ['A@B'], ['A@B']],
    ['an unknown name holding @ reads from the last @', `@A@B${S}好`, [], ['B']],
    ['an e-mail address is not a mention', '发到 wang@example.com 就行', [], []],
    ['a lone @ is not a mention', '价格 @ 5 元', [], []],
    ['no mention at all', '今天排查了三户', [], []],
  ])('reads %s', (_what, text, known, expected) => {
    expect(parseMentions(text, known)).toEqual(expected);
  });

  it('never throws and only returns names that appear in the text after an @', () => {
    const alphabet = fc.constantFrom('@', S, ' ', '\n', '张', '网', 'a', '🌾', '#', '.');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')),
        (text) => {
          for (const name of parseMentions(text)) {
            expect(name.length).toBeGreaterThan(0);
            expect(text).toContain(`@${name}`);
          }
        },
      ),
    );
  });
});

describe('stripLeadingMentions', () => {
  it.each([
    [`@网格助手${S}#帮助`, [], '#帮助'],
    [`@网格助手${S}@李大姐${S} 你好`, [], '你好'],
    ['@网格助手 #帮助', ['网格助手'], '#帮助'],
    ['@网格助手 #帮助', [], '@网格助手 #帮助'],
    ['#成员 @张网格 网格员', [], '#成员 @张网格 网格员'],
  ])('%j → %j', (text, known, expected) => {
    expect(stripLeadingMentions(text, known)).toBe(expected);
  });
});

describe('clientMentions (how the WeChat client writes a picked @)', () => {
  const people = [
    { id: 'a', name: '张网格' },
    { id: 'b', name: '张网格🌾' },
    { id: 'c', name: 'Tom Lee' },
  ];
  it('closes each member mention with U+2005 and lists who was mentioned, longest name first', () => {
    expect(clientMentions('#成员 @张网格🌾 网格员 @Tom Lee', people)).toEqual({ text: `#成员 @张网格🌾${S}网格员 @Tom Lee${S}`, ids: ['b', 'c'] });
  });
  it('leaves a typed @ that names nobody in the group as it is', () => {
    expect(clientMentions('发到 wang@example.com 或 @李四 看看', people)).toEqual({ text: '发到 wang@example.com 或 @李四 看看', ids: [] });
  });
  it('reads back with parseMentions', () => {
    const { text } = clientMentions('@张网格 @Tom Lee 请处理', people);
    expect(parseMentions(text)).toEqual(['张网格', 'Tom Lee']);
  });
});
