import type { Category } from './types.js';

/**
 * What a dispute's story says its matter with when no key or type word does (菜地, 尾款; its step,
 * 不吵了, is in story-steps.ts): data beside the spoken tables, read by spoken/category-matchers.ts and story.ts.
 */
export interface StoryVocabulary {
  /** A sum of money owed or unpaid (欠了…八千块, 借给…三万块钱, 没给钱): an economic story when nothing else says. */
  debtVerbs: string[];
  moneyWords: string[];
  unpaidWords: string[];
  /**
   * Words a story says the matter with, that no worker writes as a type (菜地, 挡光, 尾款, 继母): read
   * after the type words and before the words for who quarrels. 'other' ones only when nothing else says.
   */
  storyCategories: Record<Category, string[]>;
  /**
   * Someone's farm animal, then what it did to the neighbours (他家的牛把菜园踩了, 放羊吃了庄稼): a
   * neighbour dispute. The owner must be said (家的, 的, 放): 因为鸡吃了菜 alone names no side.
   */
  strayOwners: string[];
  strayAnimals: string[];
  strayDamage: string[];
  /**
   * An animal getting in (跑到, 钻进), a damage like strayDamage; said with whose place it got into
   * (鸭子钻进对方秧田, 牛跑到隔壁地里) it names the other side, so no owner need be said before it.
   */
  strayInto: string[];
  strayPlaceOwners: string[];
  /**
   * Crops an animal gets into (鸡鸭进菜园, 鹅钻到秧田里): whoever's they are, it is the neighbours'
   * quarrel, not the land's; with one of these even a bare 进 is getting in.
   */
  strayFields: string[];
  /**
   * Someone else's building harmed by what a household did (挖地基把邻居家的院墙挖裂了, 震裂了隔壁的房子):
   * a neighbour dispute, whatever the work was. The owner must be said (家的, 邻居的, 隔壁).
   */
  damagedOwners: string[];
  damagedThings: string[];
  damageDone: string[];
  /**
   * A vehicle that hit someone or something (骑摩托车把放学的娃娃撞了, 三轮车把老人刮倒了): 'other',
   * whoever the victim is (老人, 邻居), unless a type or a keyed matter word says otherwise.
   */
  accidentVehicles: string[];
  /** People of a school (被同学打了, 老师): 'other' like an accident, whoever the child's kin are. */
  schoolPeople: string[];
  accidentHits: string[];
  /**
   * A tree and its fruit (那棵核桃树的果子归谁): land, but only when no other matter word is said, so
   * 树枝伸过去挡了光 stays the neighbours'.
   */
  trees: string[];
  /** A type word used as an everyday noun in a story (造成经济损失, 家庭困难): it names no matter. */
  everydayCategoryWords: string[];
}

export const storyVocabulary: StoryVocabulary = {
  debtVerbs: ['欠', '借', '赊', '拖欠', '垫'],
  moneyWords: ['钱', '块', '万', '元'],
  unpaidWords: [
    '没给钱', '不给钱', '钱没给', '钱不给', '不还钱', '钱不还', '没还钱', '钱没还', '没付钱', '不付钱',
    // Paid short: 说好的钱只给了一半, 少给了两百.
    '只给了一半', '只给一半', '钱只给了', '少给了', '少给',
  ],
  storyCategories: {
    neighbor: [
      '挡光', '遮光', '挡阳光', '挡了光', '挡太阳', '挡路', '挡了路', '挡道', '垃圾', '漏水', '渗水', '噪声', '油烟',
      '臭气', '臭味', '臭得', '熏得', '粪水', '污水', '脏水', '屋檐', '檐沟', '空调外机', '楼上', '楼下',
      // The way past a house: 挡了他家的出路, 过道, 停车.
      '出路', '过路', '过道', '通道', '巷道', '停车',
      // The way shut by what a household piled or parked: 堆了砖挡住了他家的车, 车出不去.
      '挡住', '堵住了', '出不去', '进不去', '乱堆', '堆在', '堆了',
      // A tree's branches over the house next door: 树枝伸过去挡了他家的太阳, 遮住了房顶.
      '树枝', '树叶', '伸过去', '伸到', '遮住', '遮了',
      // Something fallen or set up at the house next door: 果子掉到他家院子里, 摆摊占了他家门口 (家门口 alone is where anyone quarrels).
      '掉到他家', '掉进他家', '落到他家', '掉到邻居', '掉到隔壁', '摆摊', '摊子',
      // Filth and din from next door: 化粪池往他家流, 装修的电钻吵得睡不着.
      // Said with the din, so 气得睡不着 or 装修房子的钱 between kin stays theirs.
      '化粪池', '粪坑', '粪池', '猪粪', '牛粪', '电钻', '吵得睡不着', '闹得睡不着', '响得睡不着', '装修声', '装修吵',
      // A yard by the house claimed by both: 这块地方是他家的晒场.
      '晒场', '晒坝',
    ],
    land: [
      '菜地', '菜园', '田埂', '地里', '田里', '灌田', '抢水', '荒地', '祖坟', '坟', '树木', '杉树', '松树', '果树',
      '竹林', '柴山', '自留山', '茶园', '果园', '水井', '水塘', '地基', '修路占',
      // Water for fields and for drinking (把水口截了, 秧田没水, 一个月没水吃), and land shared out (两兄弟分地).
      '水口', '秧田', '稻田', '水田', '没水', '断水', '截水', '引水', '抽水', '分地', '分田', '分山', '分林',
      // Land taken for a road or a project, and what is paid for it: 修公路占的地补偿不公平.
      '占的地', '占了地', '土地补偿', '占地补偿', '青苗费', '征收', '拆迁', '集体林', '集体山', '集体土地', '公益林', '林场',
      '生态林', '田边', '田头', '地头', '水库',
      // Someone's land (十几户的地, 他家的地); 的地方 is no land, so the owner is said.
      '家的地', '户的地', '人的地', '他的地', '她的地', '组的地', '村的地', '某的地',
      '补偿款', '征地款', '拆迁款', '占地款',
      // A hill grazed or a farm road through land: 在他的山上放牛, 机耕道要经过他的地.
      // Someone's hill, so 跑到山上 is no land.
      '的山上', '家山上', '的山坡', '坡地', '机耕道', '通组路', '产业路',
      // Grazing ground said as the hill it is: 一块荒坡放牛, 草坡, 荒山.
      '荒坡', '草坡', '荒山', '放牧',
      // A field said by its owner or its measure: 占了他们的田, 两亩地, 一丘田 (这块地方 is dropped as a place).
      '的田', '块田', '亩田', '丘田', '块地', '亩地', '片地',
      // A house's site, said as people say it: 老屋基, 房基.
      '屋基', '房基', '宅基', '屋场',
      // Land given up for a road: 修水泥路要他让出一米宽的地.
      '修路', '修水泥路', '让出', '让地',
      // A wood said by its trees (一片杉木林, 松树林, 那片林子) and a boundary said in speech (界子, 边界, 界石).
      '木林', '树林', '林子', '松林', '杉林', '柏林', '竹山', '界子', '边界', '分界', '界石', '界碑',
      // What the land and forest schemes pay or forbid: 退耕还林补助少发, 公益林补偿, 封山育林.
      '退耕还林', '退耕', '公益林', '生态林', '封山育林', '耕地地力补贴', '地力补贴',
    ],
    economic: [
      '老板', '打工钱', '打工的钱', '工地', '尾款', '定金', '订金', '押金', '门面', '房租', '租了', '租给', '卖给', '买了', '二手',
      '付款', '退货', '分红', '入股', '生意',
      // Money made together and shared out: 挖沙的钱没分匀, 钱怎么分 (what parents left is read as family first).
      '分钱', '钱没分', '钱怎么分', '没分匀', '分不匀', '分得不匀',
      // Money lost to a swindle or a scheme: 在网上买东西被骗了两千块.
      '被骗', '骗了', '骗走', '诈骗', '网购', '集资', '传销', '贷款', '担保', '网贷', '高利贷', '催收', '利息',
      // Goods taken on credit: 在小卖部赊了一年的账.
      '赊了', '赊的', '的账', '账不给', '账没给',
      // A price argued over: 为一头猪的价钱吵, 牛卖了多少钱, 最后按一千二成交.
      '价钱', '价格', '成交', '卖了多少', '卖多少', '卖的钱', '买卖',
      // Hired work and goods that failed: 在厂里上班手被轧了, 卖的种子不合格.
      '上班', '厂里', '帮工', '雇', '种子', '化肥', '不合格', '假货', '质量',
      // A thing lent and broken: 借了他的旋耕机用坏了不赔.
      '用坏', '借去用', '借去的',
      // Debts said without a sum: 赌博欠了一屁股债, 债主上门要钱.
      '欠债', '一屁股债', '债主', '要债', '讨债', '赌债', '赌博', '还债',
      // A fee for a job done or goods hauled: 拉砂石的运费, 加工费不给.
      '运费', '车费', '加工费', '手工费', '工费', '服务费',
    ],
    family: [
      '继母', '继父', '后妈', '亲家', '老伴', '分居', '出轨', '婚外', '私奔', '孙子', '外孙', '过继',
      // Money between children for a parent: 丧葬费谁出, 老人的生活费 (before any sum owed).
      '丧葬费', '丧事', '后事', '生活费', '养老钱',
      // What parents leave and how it is shared: 父母留下的老房子怎么分, 分房子.
      '留下的', '留下来的', '留给', '分房子', '房子怎么分', '老房子',
      // An old parent left with nobody to look after them: 老父亲没人照顾, 不管老娘.
      '老父亲', '老母亲', '老娘', '老爹', '老父', '老母', '没人照顾', '没人管', '照顾老人', '接老人',
      // Who is to keep a parent, asked as people ask it: 老妈该哪个来养, 谁来照顾, 几兄弟轮流养.
      '哪个来养', '谁来养', '该谁养', '该哪个养', '由谁养', '轮流养', '不肯养', '不愿养', '谁来照顾', '哪个来照顾', '轮流照顾',
      // A parent turned out or left hungry: 不给老人饭吃, 把老娘赶出家门.
      '不给饭吃', '赶出家门', '赶出了家门', '口粮',
    ],
    other: [
      '车祸', '交通事故', '撞坏', '撞伤', '压坏', '压烂', '压断', '碾坏', '刮坏', '刮蹭', '医疗', '医院', '手术',
      '撞死', '轧死', '碾死',
      // Someone hurt in a fall, and who pays the doctor: 摔伤了, 医药费没说拢; the traffic police.
      '摔伤', '摔断', '烫伤', '医药费', '交警',
      // Care gone wrong and the public relief a household was or was not given: 村医打错了针, 低保评定.
      // Something stolen: 小卖部被人偷了, 监控拍到.
      '被偷', '偷了', '偷走', '小偷', '被盗', '监控', '下药', '下了药', '放了药', '被毒死',
      '村医', '卫生室', '卫生院', '诊所', '打错针', '打错了针', '看病', '低保', '救助', '评定', '贫困户', '补助名额',
    ],
  },
  trees: ['棵', '核桃树', '桃树', '李树', '梨树', '柿子树', '板栗树', '花椒树', '橘子树', '茶树', '桐子树', '果子'],
  strayOwners: ['家的', '的', '家', '放'],
  strayAnimals: ['鸡', '鸭', '鹅', '狗', '猪', '牛', '羊', '马', '猫', '蜂', '蜜蜂'],
  strayDamage: [
    '吃了', '踩了', '踩坏', '踩死', '咬了', '咬伤', '咬死', '拱了', '拱坏', '啄了', '啄死', '糟蹋', '拉屎',
    '蛰了', '蛰伤', '抓伤', '抓了', '啃了', '啃坏', '啃死', '吃掉',
  ],
  strayInto: ['跑到', '跑进', '钻进', '钻到', '闯进', '窜到', '窜进', '飞到', '飞进'],
  strayPlaceOwners: ['对方', '别人', '人家', '他家', '她家', '邻居', '隔壁', '对门', '旁边'],
  strayFields: ['菜园', '菜地', '秧田', '稻田', '田里', '地里', '庄稼', '果园', '苗圃'],
  damagedOwners: ['家的', '家', '邻居的', '邻居', '隔壁的', '隔壁'],
  damagedThings: [
    '院墙', '围墙', '墙', '房子', '房屋', '屋', '猪圈', '牛圈', '圈舍', '厕所', '屋顶', '房顶', '瓦', '院坝', '堡坎',
    '玻璃', '窗户', '窗子', '门窗', '大门', '后坡', '屋基',
    // What runs to a house: 他家的饮水管被挖断了, 电线被砍断了.
    '水管', '饮水管', '自来水管', '电线', '网线', '水表', '电表', '厨房', '灶房', '堂屋', '卧室',
  ],
  // The school itself too: 娃娃在学校打架, 学校里被人欺负.
  schoolPeople: ['同学', '老师', '班主任', '校长', '在学校', '学校里'],
  accidentVehicles: ['车', '摩托', '拖拉机', '铲车', '挖机'],
  accidentHits: ['撞', '刮倒', '刮伤', '刮到', '碰倒', '碰伤', '碾', '轧', '压伤', '压了', '压坏', '压烂', '压断', '压死', '带倒'],
  damageDone: [
    '挖裂', '震裂', '裂了', '开裂', '裂缝', '垮了', '倒了', '塌了', '砸坏', '弄坏', '挖垮', '推倒', '砸烂', '冲垮', '压垮',
    '砸了', '砸碎', '打碎', '打烂',
    // A vehicle or a fall of stones into the house next door: 撞坏了他家的猪圈.
    '撞坏', '撞垮', '撞塌', '撞裂', '撞倒',
    '挖断', '弄断', '砸断', '砍断', '剪断', '扯断', '挖破', '压破',
    // Water from one house into the next: 水管爆了淹了他家的厨房, 泡了隔壁的堂屋.
    '淹了', '泡了', '灌进',
  ],
  everydayCategoryWords: [
    '经济损失', '经济困难', '经济条件', '经济负担', '经济来源', '家庭困难', '家庭条件', '家庭情况', '家庭经济', '劳动力',
    // 他家的地方 is a place, not 他家的地.
    '的地方', '块地方', '片地方',
    // 从楼上跳下去 is where a fall starts, not the neighbours upstairs.
    '楼上跳', '楼上摔', '楼上掉', '楼上往下跳',
  ],
};
