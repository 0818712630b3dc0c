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
易燃 易爆 管制 管辖 关押 关闭 解散 储存 容留 游行 索取 危害 付清
`;

/** Things, places, colours, people's relations: 石头, 杨梅, 黄牛, 李子, 金额 … */
const THINGS = `
王八 王村 李子 陈年 陈旧 杨树 杨梅 黄牛 黄瓜 黄豆 黄金 黄色 黄昏 周围 周岁 周边 周报 周报表 孙子 孙女
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
