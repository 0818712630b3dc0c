import type { SeedPerson, SeedRoom } from '../replay/seed.js';

/** The sandbox's made-up town: two villages, four grids, an admin, workers, a mediator, residents. */
export const DEMO_PEOPLE: SeedPerson[] = [
  { name: '王书记', role: 'admin' },
  { name: '陈网格长', role: 'chief', grid: '上司村一组' },
  { name: '张网格', role: 'worker', grid: '上司村三组' },
  { name: '吴网格', role: 'worker', grid: '上司村一组' },
  { name: '杨网格', role: 'worker', grid: '翁台村二组' },
  { name: '蒙网格', role: 'worker', grid: '翁台村五组' },
  { name: '罗调解', role: 'mediator' },
  { name: '李大姐', role: 'resident', grid: '上司村三组' },
  { name: '韦大爷', role: 'resident', grid: '翁台村二组' },
];

export const DEMO_ROOMS: SeedRoom[] = [
  { topic: '综治中心工作群', admin: true, members: ['王书记', '陈网格长'] },
  { topic: '上司村一组网格群', grid: '上司村一组', members: ['吴网格', '陈网格长'] },
  { topic: '上司村三组网格群', grid: '上司村三组', members: ['张网格', '李大姐'] },
  { topic: '翁台村二组网格群', grid: '翁台村二组', members: ['杨网格', '韦大爷'] },
  { topic: '翁台村五组网格群', grid: '翁台村五组', members: ['蒙网格'] },
];
