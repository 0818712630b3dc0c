import { describe } from 'vitest';
import { calmRows, urgentRows } from './tables.js';

// One row per class blind-21 (danger-l, another writer's; first run 27/30 urgent, 0/30 false after the
// danger-j fixes) showed, each in wordings of our own. None is the batch's text.
describe('classes of wording added after blind-21', () => {
  urgentRows([
    // A threat by its very form after a legal question; 砍/劈 with 哪个, 谁 after it is at a person, trees or not.
    ['weapon-threat', '想问下宅基地的事 他现在提着斧头站在我家门口 说哪个敢出来就劈哪个'],
    ['weapon-threat', '问一下林地界线咋个划 我大伯拿起镰刀说谁敢上山就砍谁'],
    // Someone going over (我爸已经过去了) is no danger over.
    ['weapon-threat', '村里开会的事我想问问 我哥拿着砍刀守在路口 说哪个敢过就砍哪个 我爸已经过去了'],
    // Followed all the way.
    ['stalking-assault', '有个人从车站一直跟我到村口 我走快他也走快'],
    // 我家小的, 屋头小的: a child; not home when it is dark.
    ['child-danger', '我屋头小的下午没回来 现在天都黑了 到处打电话'],
  ]);

  calmRows([
    '上个月吵了一架 事情已经过去了 现在想问能不能要他赔',
    '坡上那几根杉树 哪个砍的就找哪个赔',
    '我家小的今年考大学 想问下助学贷款',
    // A child taken by the in-laws, asked about in a divorce question: custody, not a threat by form.
    '离婚那年娃才八个月 婆家非要把娃抱走 抚养权还能要回来不',
  ]);
});
