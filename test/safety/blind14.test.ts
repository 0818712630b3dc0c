import { describe } from 'vitest';
import { calmRows, urgentRows } from './tables.js';

// One row per class blind-14 (danger-e, another writer's; first run 32/40, 4/40 false) showed,
// in wordings of our own. None is a batch's text.
describe('classes of wording added after blind-14', () => {
  urgentRows([
    // A crowd at odds (来闹, 扯起来, 对到, 摔酒瓶, 压不住), even at a feast, and a weapon drawn out.
    ['crowd-clash', '村里办酒 外村的人来闹 好几十个人拿起板凳 有人在摔酒瓶'],
    ['crowd-clash', '两个寨子的人为山林的事在村口扯起来了 一二十个人 有人把扁担抽出来了'],
    ['crowd-clash', '两边的人为了放水 在田坎上闹 几十个人 有人拔出来一把刀'],
    ['crowd-clash', '吃席的时候两边的人喝多了 几十个人对到 拿起了板凳 劝不住'],
    // A person on something live, down or shaking.
    ['home-emergency', '我爸去田里看水泵 手摸到电线就倒地了 现在没反应'],
    ['home-emergency', '娃儿抓到那个插板 整个人在抽 松不开'],
    ['home-emergency', '我婆婆踩着抽水机的电缆 倒在田里浑身发抖'],
  ]);

  calmRows([
    // A crowd at a feast or at work, the benches only furniture, the tools only tools.
    '村里办酒 几十个人在坝子上搬板凳摆桌子',
    '几十个人在修水渠 扛着锄头 干得热火朝天',
    // The touch over, or only asked about, or the switch turned off.
    '我碰到电线杆上的线头 手麻了一下 现在没事了',
    '抽水机的电线踩到了会不会漏电 要怎么包',
    '电工在修电闸 我摸到电源开关关掉了',
  ]);
});
