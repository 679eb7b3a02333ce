/** The .xlsx file adapter: a workbook file → one GridInput per worksheet. */
export { convertCellValue, GridBuilder, plainText, serialFromExcelJsDate } from "./convert";
export type { ConvertedCell } from "./convert";
export { readXlsxFile, XlsxReadError } from "./read";
export type { ReadFailure, ReadOptions, WorkbookGrids } from "./read";
export { cfbEntryNames, isCfb, sniffKind } from "./sniff";
export type { FileKind } from "./sniff";
