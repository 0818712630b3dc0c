/**
 * Beyond these a message is a paste gone wrong, not a week's screening: it is sent back with an
 * error rather than stored (households must also fit the database's integer, replies stay short).
 */
export const REPORT_LIMITS = { households: 100_000, disputes: 30, summaryChars: 200, partiesChars: 100 } as const;
