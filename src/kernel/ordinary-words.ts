/**
 * Everyday words that begin with a surname character, as data for the name finder: a take that is
 * one of these, or starts with one (李子树, 杨梅熟了), names nobody. Grouped by what they do in a
 * sentence, because after a role or kin word a thing is a person's name (丈夫杨梅打伤, 村民石山)
 * while what is said of a subject stays a word (老板马上就来, 当事人申请再审).
 */

/** Adverbs, time, verbs and other words that follow a subject: 马上, 常常, 明天, 申请 … */
const ACTS = `
张口 张开 张罗 张望 张贴 陈列 黄了 周末 周转 徐徐 马上 马虎 胡乱 胡说 胡闹 何时 何况 何必 高兴 郑重
谢谢 谢绝 许多 许久 曾经 于是 于今 余下 杜绝 苏醒 任何 任意 任由 陆续 夏天 付钱 付款 付了 方便 白天
白给 白干 白白 段时间 雷打 史上 顾不上 万一 严重 严格 戴着 戴上 莫名 莫非 向着 向前 向上 向下 蒙着
常常 常年 常见 康复 施工 施肥 安排 安心 安置 安装 安稳 鲁莽 明天 明年 明白 关于 管理 宁可 连续 连着
毕竟 解决 尤其 简单 乐意 满意 满了 容易 包括 麻烦 查看 查询 朴实 盖房 练习 计算 索要 宣传 况且 危险
劳动 成立 解释 盖章 易变 关门 保管 明明 明显 明确 关心 关照 连夜 连忙 单独 单身 管他 管不了 管事 解除
查一 查到 查出 费劲 成天 成了 成功 齐全 祝贺 符合 舒服 凌晨 毕业 盛饭 游泳 冷天 商量 迟到 迟早 谈话
谈判 闻到 巴不得 丰收 支付 支持 花钱 花了 申请 申报 申诉 施行 施加 查封 查处 查阅 明知 高效 陈述 畅通
易燃 易爆 管制 管辖 关押 关闭 解散 储存 容留 游行 索取 危害
`;

/** Things, places, colours, people's relations: 石头, 杨梅, 黄牛, 李子, 金额 … */
const THINGS = `
高度 王八 王村 李子 陈年 陈旧 杨树 杨梅 黄牛 黄瓜 黄豆 黄金 黄色 黄昏 周围 周岁 周边 周报 周报表 孙子 孙女
孙媳 马路 马车 马桶 胡子 胡椒 何处 何地 高速 高利 高中 高价 高低 高压 高血压 高空 高温 高坡 高处 林子
林地 林木 林场 林权 林区 梁上 许可 曾孙 田里 田地 田坎 田埂 田边 田土 董事 余钱 余额 叶子 程序 程度
丁点 任务 钟头 钟点 陆地 汪汪 范围 金额 金钱 金子 金融 金花菜 石头 石板 石灰 石子 石墙 石坎 石块 石桥
夏季 方面 方法 方向 方式 方案 白色 白酒 白菜 白米 熊孩子 江边 江湖 江水 雷雨 龙头 龙虾 龙井 龙眼 陶瓷
贺礼 顾客 毛病 毛钱 毛衣 万元 万块 万多 钱款 钱财 武力 武器 孔子 向国 汤圆 温度 温水 文件 文书 文化
安全 颜色 庞大 岳父 岳母 粟米 成本 小路 老路 小麦 小米 小车 老房 帅哥 车子 路上 路边 水田 关系 单位
费用 初中 普通 包工 祖坟 苗子 谷子 花生 鲜花 银行 边界 司法 司法所 农村 农田 农业 农民 农民工 农户
农药 农资 劳务 成员 商号 商品 商业 谷物 游客 柴刀 柴火 包工头 关键 牛羊 羊圈 沙子 沙土 燕子 宗教 宗族
满月 包子 成年 庄稼 左边 左右 纪律 季节 苗族 司机 古代 古树 吉利 项目 景区 党员 党委 冷水 卫生 卫生院
米饭 米酒 边上 边坡 商店 荣誉 郎中 池塘 麻将 官司 封建 南边 班主任 班车 皮肤 权利 豆腐 豆子 祖宗 祖屋
危房 牛圈 牛棚 程度 安全员 林业 仲裁 肖像 权限 权益 高级 商户 商场 班次 任期 章程 单据 古墓 支票
`;

const words = (list: string): string[] => list.split(/\s+/u).filter(Boolean);
export const ORDINARY_ACTS: ReadonlySet<string> = new Set(words(ACTS));
export const ORDINARY_WORDS: ReadonlySet<string> = new Set([...words(ACTS), ...words(THINGS)]);

/**
 * Everyday words that end in a common surname character (任何, 公安, 工钱, 分钟): the character after
 * them starts no name, wherever a name is looked for (任何单位, 公安机关, 工钱都没给). None starts
 * with what often ends the word before a name (晚上, 男人, 儿子: 上马, 人丁, 子孙 are left out).
 */
const ENDINGS = `
国王 大王 霸王 阎王 行李 紧张 主张 扩张 开张 嚣张 夸张 白杨 金黄 蛋黄 枯黄 发黄 四周 一周 每周
本周 这周 两周 外孙 儿孙 重孙 骑马 兵马 出马 二胡 如何 为何 任何 几何 奈何 提高
很高 太高 身高 升高 增高 最高 偏高 森林 树林 竹林 山林 园林 农林 桥梁 房梁 横梁 脊梁 大梁 感谢 多谢
致谢 答谢 荒唐 允许 也许 或许 准许 特许 些许 不曾 未曾 生肖 农田 水田 稻田 良田 梯田 种田 耕田 古董
多余 其余 剩余 业余 节余 结余 树叶 茶叶 烟叶 落叶 菜叶 工程 过程 路程 日程 课程 全程 章程 规程 流程
行程 前程 专程 进程 园丁 补丁 责任 主任 信任 担任 放任 前任 现任 委任 生姜 时钟 闹钟
分钟 点钟 大陆 登陆 规范 示范 防范 模范 资金 现金 租金 奖金 押金 定金 基金 黄金 薪金 礼金 税金 本金
罚金 五金 赔偿金 保证金 养老金 抚恤金 违约金 补偿金 公积金 岩石 宝石 矿石 碎石 落石 乱石 初夏 盛夏
支付 交付 应付 预付 垫付 偿付 托付 师傅 明白 空白 蛋白 坦白 清白 洁白 雪白 苍白 长江 大江
手段 阶段 地段 路段 片段 时段 打雷 地雷 恐龙 水龙 历史 祝贺 庆贺 照顾 回顾 不顾 兼顾 羽毛 眉毛 鸡毛
一万 两万 几万 千万 工钱 价钱 赚钱 花钱 借钱 还钱 要钱 有钱 没钱 本钱 零钱 值钱 付钱 交钱
收钱 罚钱 赔钱 存钱 挣钱 分钱 尊严 动武 爱戴 穿戴 面孔 方向 走向 朝向 偏向 一向 指向 面向 转向 鸡汤
米汤 经常 平常 正常 非常 日常 通常 异常 照常 健康 小康 中文 语文 公文 作文 条文 原文 平安 公安
治安 保安 不安 容易 交易 贸易 不易 轻易 简易 粗鲁 芝麻 队伍 入伍 退伍 加班 值班 夜班
说明 证明 声明 表明 查明 讲明 写明 注明 载明 标明 指明 鼻梁 采石 大黄 曾孙 玄孙
`;
export const ENDS_IN_SURNAME_WORDS: readonly string[] = words(ENDINGS);
