/**
 * The process's `uncaughtException` listeners before wechat4u loads. wechat4u adds one of its own
 * at import time (it prints the error with console.log and keeps running); puppet.ts imports this
 * module first, so it can tell that listener from everyone else's and replace it.
 */
export const listenersBeforeWechat4u: ReadonlySet<unknown> = new Set(process.listeners('uncaughtException'));
