import { openDatabase } from './src/db/client.js';
import { createAsker, createLawLibrary } from './src/lawqa/index.js';
const d = await openDatabase({ memory: true });
for (const q of ['老板拖欠了我三个月工资不给，我该怎么办？', '邻居家的树枝伸到我家院子里，我能砍掉吗？', '结婚才半年就闹离婚，当初给了18万8的财礼，能要回来多少啊']) {
  const a = await createAsker(createLawLibrary(d.db))(q);
  console.log(q, a.mode, a.outOfScope, a.answer.slice(0, 80));
}
