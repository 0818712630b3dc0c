import { describe } from 'vitest';
import { calmRows, urgentRows } from './tables.js';

// One row per class blind-17 (danger-h, another writer's; first run 24/30, 2/30 false) showed,
// each in wordings of our own. None is the batch's text.
describe('classes of wording added after blind-17', () => {
  urgentRows([
    // Poison to be thrown into a well or a tank (丢, 投), and a wish that all die.
    ['arson-poison-threat', '他喊今晚要往我们组的水池里投耗子药 让全组都死绝'],
    // Things given away, a goodbye said, and at the top of a building or on the way to the water.
    ['self-harm', '我的手机和游戏账号都给你了 替我跟爸妈道个别 我在天台上吹风'],
    ['self-harm', '衣服首饰都分给妹妹了 也跟邻居道过别了 等下就去水库'],
    // Dependants or a card's secret handed over, and unable to go on.
    ['self-harm', '卡的密码写在床头那个本子上 娃就拜托你们养大 我真的熬不下去了'],
    // A stroke: the mouth fallen and speech or a hand failing.
    ['other-emergency', '我爷爷吃饭吃到一半 嘴角歪了 说话含含糊糊说不清'],
    // Tied or strung up and beaten.
    ['violence-now', '那家人把我弟弟绑起来打 说他偷了鸡'],
  ]);

  calmRows([
    // The writer's own "I'll go mad / kill someone" with a petty grievance: venting.
    '气死我了 快递又丢了 我真的要疯了 找哪个投诉',
    // A strayed beast penned until paid for: nobody shut in.
    '我家羊跑进他菜地 被他关起来了 要赔两百才还',
    // Look-alikes of the classes above.
    '我把游戏账号送给表弟了 他玩得好开心',
    '去年我爷爷中风 嘴巴歪了一年多 现在好多了',
    '以前村里有人把小偷绑起来打 后来被派出所处理了',
    '电视剧里那个人说要往井里投毒 好吓人',
    '明天去河边洗衣服 跟你道个别先回家了',
  ]);
});
