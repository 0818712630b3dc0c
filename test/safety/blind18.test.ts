import { describe } from 'vitest';
import { calmRows, urgentRows } from './tables.js';

// One row per class blind-18 (danger-i, another writer's; first run 26/30, 5/30 false, the same as at
// the session's start) showed, each in wordings of our own. None is the batch's text.
describe('classes of wording added after blind-18', () => {
  urgentRows([
    // Drunk said by the walk, and about to drive children.
    ['other-emergency', '我老汉走路都走不稳了 还要骑摩托带孙子回家 拦都拦不住'],
    // A cry for help and then out of reach.
    ['detention', '我姐跟网友出去了 半夜发来一句救救我 现在电话打不通'],
    // Bleeding said subject first, a leg pinned.
    ['other-emergency', '我哥在山上砍柴 被石头压住脚 血流了好多 下不来'],
    // Pills put by, and a child handed over.
    ['self-harm', '安眠药我存够了 以后娃麻烦你帮我带大'],
  ]);

  calmRows([
    // Over: the valve shut, people fine, the gas company has been; a notice to pass round.
    '昨天有家沼气漏了 已经关了阀门 人都没得事',
    '今天燃气公司来检查过了 都没问题',
    '给大家说一下 下雨天莫去河边 这个转到群里',
    // Heat said as fire; a cry for help said laughing.
    '今天太阳好大 晒得背上都要冒烟了',
    '我妈说我再不回家就把我关门外 救命😂',
    '够数了 明天开会就这些人',
    // rural-i's false alarms: a parent asking whether they may take the child, and one's own punishment asked about.
    '要离婚了 娃才两岁 我可不可以把娃带走',
    '跟他打了一架 他去派出所告我 我会被拘留吗',
    // A drink-driving stop already made, said as met on the road or caught (rural-j session's own wordings).
    '中午吃了酒开三轮车回家 路上遇到交警查 会咋个处理',
    '喝了酒骑摩托 碰到警察查酒驾 要罚好多钱',
    '吃了酒骑三轮去赶场 被交警逮到了 要拘留不',
    // A way shut with stones or logs: building material, not a weapon.
    '去我家地里要从他家果园边上过 他拿石头把路口封死了 车子开不进去',
    '他拿石头把我家去田里的路口垒起来了 咋个办',
  ]);
});
