// The one drizzle schema. Each area keeps its tables in its own file under schema/.
export * from './schema/roster.js';
export * from './schema/messaging.js';
export * from './schema/scheduling.js';
export * from './schema/disputes.js';
export * from './schema/broadcast.js';
export * from './schema/lawqa.js';
