import { describe } from 'vitest';
import { calmRows, urgentRows } from './tables.js';

// One row per class blind-22 (danger-m, another writer's; first run 27/30 urgent, 0/30 false after the
// danger-l fixes) showed, and the variants probed after it, each in wordings of our own. None is the batch's text.
describe('classes of wording added after blind-22', () => {
  urgentRows([
    // By a drop, a parting word or a farewell however typed, then out of reach.
    ['self-harm', '我儿子发语音说他在水库坝上 跟我说拜拜 再打就不接了'],
    ['self-harm', '我哥坐在楼顶边边上 给我发了个886 人联系不上了'],
    ['self-harm', '奶奶一个人去了后山崖边上 打电话跟我说保重 再打就没人接了'],
    ['self-harm', '我同事刚给我发微信 说她在江桥上 这辈子就这样吧 然后就不回了'],
    // Getting up to a roof and waving help away.
    ['self-harm', '幺妹跟屋头吵了架 跑到楼顶上 喊着说莫管我'],
    // A legal question asked as a supposition (离婚的话), then the danger now: the question weighs nothing.
    ['violence-now', '想问问离婚的话娃归哪个 他刚刚扇了我几耳巴子 现在还在门外头骂 我把自己锁在灶屋里'],
    ['violence-now', '问下离婚的话存款咋分 刚才他把我按在地上打 现在还在外面砸东西'],
    // Bashing the door in (撞门, 捶门, 劈门) as 砸门 and 踹门 are.
    ['violence-now', '请问起诉的话要多久 我老公正在外面撞门 我和娃躲在楼上'],
    ['violence-now', '他在门外头劈门 我和两个娃躲在里屋 快来人'],
    // Any 药 for a household's well or water vat, bought for the threat; 除草剂 named; the place said in the next clause.
    ['arson-poison-threat', '隔壁那个说要去弄点药倒进我家水缸里 让我们全家都喝了去死 已经出门了'],
    ['arson-poison-threat', '那家人说要买农药倒进我们组的蓄水池 让全组的人都喝 人已经去镇上了'],
    ['arson-poison-threat', '邻居为了地界吵架 说要去搞点除草剂倒我家吃水的井里'],
    ['arson-poison-threat', '为了田坎的事吵翻了 他说要去买农药倒我家井里'],
    ['arson-poison-threat', '他骑着摩托说去街上买老鼠药 回来就倒进我家水井 让我们全家喝'],
    // Poison mixed (掺) into a household's bucket or rice.
    ['arson-poison-threat', '那个人说要把那种药掺进我家的水桶里'],
    ['arson-poison-threat', '我大伯说要把老鼠药掺到我家的米里'],
    // Shoes or clothes left on a bank, and the person gone.
    ['self-harm', '我老汉在河边留了双鞋 人不见了'],
    ['self-harm', '水库边上摆着我妈的外套和手机 人找不到了'],
    // A bottle or a packet of pills carried towards water; a farewell sent, then the phone off.
    ['self-harm', '我堂姐哭了一晚上 刚才揣着一包药往河边去了 喊也不应'],
    ['self-harm', '我同学在空间发了遗书 现在手机关机'],
    // 有人说要 quotes someone's plan (no rumour); poison smeared on what a household eats.
    ['arson-poison-threat', '有人说要今晚来我家水缸里下农药 我们全家都吓到了'],
    ['arson-poison-threat', '那个醉鬼说要往我家的香肠上抹老鼠药'],
    // What it turned out to be (原来是着火了) is found now, not the past.
    ['home-emergency', '我以为是放鞭炮 原来是着火了 快来人'],
    // A child threatened with being thrown down or into water; a settling word (和好) inside the threat's condition settles nothing.
    ['child-danger', '我婆婆把娃抱到水井边上 说我不跟她儿子和好就把娃丢下去'],
    ['child-danger', '他喝醉了抱着孩子站在河坎上 说要把孩子扔进河里'],
    // Someone not seen for days and no answer at the door.
    ['other-emergency', '网格员 我们楼有个老太太两天没出门了 敲门没人应 屋里有股怪味'],
    ['other-emergency', '隔壁独居的李大爷三天没见人了 喊他也不应 门从里面闩着'],
    // A cry for help overheard from a home or the road.
    ['violence-now', '刚才路过后山 听见林子里有个小娃在喊救命'],
    ['violence-now', '半夜听到隔壁婆娘在惨叫 还有砰砰的声音'],
  ]);

  calmRows([
    // A parting word by the water with a plain reason, or no silence after it.
    '我老公在坝上钓鱼 说了句保重身体 手机没信号打不通',
    '她在江边散步 跟我说拜拜 然后手机没电关机了',
    '我妈说她在大桥上了 跟我说了拜拜 等会就到家',
    '我弟在楼顶拍了张照片 配了个拜拜 说要出差一周',
    '他说照顾好自己 今晚不回了',
    // A supposed legal question with a now that tells of nothing.
    '请问离婚的话房子咋分 他现在在外地打工 不肯回来',
    '如果离婚的话孩子归谁 我现在还没跟他提',
    // Medicine or farm poison where it belongs; a door knocked by the wind or a head on a door frame.
    '我准备去买包药撒进塘里 鱼塘长了青苔',
    '医生说要把药粉倒进水里化开给娃喝 一天三次',
    '我家井水浑 准备买点药倒进我家水井里消毒',
    '他说要把农药倒进田里 治稻飞虱',
    '门被风撞得砰砰响 吓我一跳',
    '娃跑太快一头撞到门框上 起了个包',
    // The cure named for someone else's pond; grain kept from bugs; outside a window on a corridor; a scream in a game.
    '他说要往鱼塘里放点药 把鱼病治好',
    '我妈说要把防虫药放进米缸里',
    '我儿子站在窗户外面的走廊上跟同学聊天',
    '娃们玩捉迷藏 听见有人尖叫 笑成一团',
    '我在河边洗鞋 把鞋晾在石头上',
    // A wound dressed, pills taken to the clinic, a plan that is no threat, words sent, a phone off in a meeting.
    '我要给牛伤口上涂点药',
    '我妈拿着一瓶药去卫生院了 医生说换一种',
    '有人说这两天要来收电费',
    '他发了一段很难听的话 我想问能不能告他诽谤',
    '开会的时候手机关机了 没接到电话',
    // A cry heard on a screen, in a game, or long ago.
    '听到电视里有人喊救命 吓了我一跳',
    '听到娃在院子里喊救命 原来是跟弟弟玩游戏 哈哈',
    '去年听到隔壁在喊救命 后来才知道是吵架',
    '听见楼下有人惨叫 原来是在拍戏',
    // Not seen for days, and found to be away.
    '邻居两天没出门了 敲门没人应 原来是去女儿家了',
    // A child left with a grandparent.
    '我上班去了 就把娃丢到外婆家',
    '他说周末要把娃丢到奶奶那里',
    // 娃他爸 names a parent, not a child gone.
    '娃他爸出差去了 电话打不通 想问下低保年审他不在能办吗',
  ]);
});
