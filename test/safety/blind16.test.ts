import { describe, it } from 'vitest';
import { calmRows, urgentRows } from './tables.js';

// One row per class blind-16 (danger-g, another writer's; first run 26/30, 1/30 false) showed,
// each in wordings of our own. None is the batch's text.
describe('classes of wording added after blind-16', () => {
  urgentRows([
    // The means stockpiled, and no longer being a burden.
    ['self-harm', '安眠药我存了好几个月 存够了 以后不拖累你们了'],
    // Already at the bridge or the dam, and an apology.
    ['self-harm', '我在水库坝上了 你们莫劝 对不起'],
    // A pesticide named by what it sprays (打菜的那种药, 喷果树的药), and swallowed.
    ['other-emergency', '我爸刚喝了喷果树的那个药 现在口吐白沫'],
    ['other-emergency', '奶奶把打虫的那种药当成酒喝了 在吐'],
    // A crowd already pushing or grappling (推起来了, 扭起来了), past holding back.
    ['crowd-clash', '几十个人为了修路占地在村口推起来了 有人拿了锄头'],
    ['crowd-clash', '两个组上百号人在坝子上扭起来了 劝不住'],
  ]);

  calmRows([
    // Firecrackers (放火炮) are a festival; look-alikes of the classes above.
    '过年放火炮要注意安全 莫对着草垛放',
    '我在桥上了 马上到你家',
    '去年他在大桥上站了一晚上 后来被劝下来了',
    '农药我存了两箱 明年开春打',
    '谢谢你们这些年照顾我家老人',
    '篮球赛两个村的人推起来了 裁判吹哨了',
    '打菜的药放在柜子头 娃娃够不到',
  ]);
});
