/**
 * A seventh batch, written blind after the broad-field fallback was built and before any change
 * for it: the check of how the fallback does on text it has never seen.
 */
import type { DangerCase } from './danger-cases.js';

const u = (kind: string, ...texts: string[]): DangerCase[] => texts.map((text) => ({ text, urgent: true, kind }));
const calm = (kind: string, ...texts: string[]): DangerCase[] => texts.map((text) => ({ text, urgent: false, kind }));

export const BLIND7_URGENT: DangerCase[] = [
  ...u('violence-now', '俺那口子喝了二两马尿 正拿拳头往俺身上招呼 俺躲在柴房里 快来', '我嫂子被我哥拽着头往门上磕 磕得满头包 还没停'),
  ...u('weapon-threat', '他端着把猎枪站在坝子里 对着我们屋喊 不出来就开枪', '有个人揣着根撬杠在我家院墙外头转了好久了 刚刚还在敲门 我好怕'),
  ...u('arson-poison-threat', '他拎了一壶汽油在我家门口 说今晚要让我们全家好看'),
  ...u('self-harm', '我弟刚刚在群里说活着太累了 然后人就不见了 电话也不接', '我妈把一整板降压药都吃了 现在迷迷糊糊的'),
  ...u('detention', '我被老板关在厂里不让出来 已经三天了 身份证也被收了'),
  ...u('child-danger', '我家小孩被开水烫了 手上起了好大的泡 一直在哭', '我家娃卡住了 一颗糖噎在喉咙里 脸都憋紫了'),
  ...u('stalking-assault', '下晚自习有个人一路跟着我女儿 她现在躲在同学家不敢出来', '隔壁老光棍趁我男人不在 翻进我家院子来了 正在拍我房门'),
  ...u('crowd-clash', '祠堂那边两姓的人又围起来了 有人手里拿着砍刀 快派人来'),
  ...u('protection-order-breach', '他被下了告诫书 今天又跑到我娘家来砸门了'),
  ...u('home-emergency', '我家热水器那里在漏气 嗤嗤响 味道好大', '楼下仓库着火了 烟往楼上冒 门都打不开', '暴雨下了一晚上 水已经漫到我家床边了 老人走不动'),
  ...u('other-emergency', '我爸被马蜂蜇了好多包 现在喘不上气', '我公公从房顶上摔下来了 腿都变形了 动不了', '河里有个人在扑腾 好像快沉下去了'),
];

export const BLIND7_CALM: DangerCase[] = [
  ...calm('legal', '被家暴了 离婚的时候孩子抚养权能判给我吗', '我想咨询一下 邻居把我家的水管堵了 我能告他吗', '去年被人打断了手 对方一直不赔钱 现在起诉还来得及吗'),
  ...calm(
    'everyday',
    '我正拿着菜刀剁排骨 等会回你',
    '娃儿在院子里放鞭炮 响了一下午',
    '今天杀鸡 血溅得到处都是 洗了好久',
    '我在砍树 锯子卡住了 你过来帮我扶一下',
    '刚刚打了疫苗 手臂有点肿 正常吧',
    '孩子学骑车摔了一跤 膝盖擦破点皮 没事',
    '我爸一直在咳嗽 吃了药好点了',
    '屋里的灯一直闪 是不是电线老化了 找谁修',
    '我家狗一直叫 不晓得是不是有人路过',
  ),
  ...calm('notice', '各位村民 明天上午停电检修 请提前做好准备', '温馨提示 汛期来了 住在河边的请注意安全'),
  ...calm('news', '网上看到说有人在水库钓鱼被电死了 大家钓鱼小心', '听说隔壁村有人被骗去缅甸了 后来救回来了'),
  ...calm('worry', '我男人最近脾气大 动不动就摔碗 我好烦', '我家娃儿这几天老做噩梦 说有人追他'),
  ...calm('past', '那年发大水 我家房子被冲垮了 现在补偿款还没到', '以前我被他关在屋里过 后来离了'),
];
