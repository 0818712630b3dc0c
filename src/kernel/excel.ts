import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on the first import or export: it holds 13-20 MB for the whole life of the bot
 * that only a few commands a week need.
 */
export const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
