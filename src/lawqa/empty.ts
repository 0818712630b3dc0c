import { join } from 'node:path';

/** The command that fills an empty statute library on a fresh install. */
const FETCH_COMMAND = 'npx gridbot laws fetch';

/** The one line every place that needs statutes (start, sandbox, doctor, ask) says when there are none. */
export const EMPTY_LIBRARY_LINE = `法条库是空的，法律问答答不了：运行 ${FETCH_COMMAND} 下载导入（内网可加 --from 镜像地址），或用 npx gridbot laws import 文件夹 导入手头的法律文件。`;

/** What someone asking a legal question is told while the library is empty. */
export const EMPTY_LIBRARY_ANSWER = `法条库是空的，现在还答不了法律问题，请管理员运行 ${FETCH_COMMAND} 导入法条。着急的话可以找村调解员、网格员，或拨打12348法律援助热线；遇到危险请立即拨打110。`;

/** Where `laws fetch` keeps the verified files, so the sandbox and replays find them too. */
export const fetchedLawsDir = (dataDir: string): string => join(dataDir, 'laws');
