/**
 * Reads an .xlsx file into one GridInput per worksheet. Only reads: the file is
 * opened read-only and never written.
 *
 * ExcelJS's streaming WorkbookReader is used first (a fraction of the memory and
 * time of the full reader on large lists). It drops a formula's cached *error*
 * result, so such a cell looks like a formula never calculated. While streaming,
 * the sheet XML is watched for error cells (`t="e"`); only when a sheet has both
 * error cells and formulas without a value (or a value is unreadable) is the
 * file read again with the full reader, which tells the two apart and keeps the
 * error text.
 */
import { promises as fs } from "node:fs";
import * as ExcelJS from "exceljs";
import type { MessageId, Slots } from "../../engine/messages";
import { formatMessage } from "../../engine/messages";
import type { GridInput } from "../../validation/types";
import { GridBuilder, cellValueOf } from "./convert";
import { isCfb, sniffKind } from "./sniff";

export type ReadFailure =
  | "mancante"
  | "cartella"
  | "illeggibile"
  | "vuoto"
  | "non-xlsx"
  | "zip-non-xlsx"
  | "cifrato"
  | "xls"
  | "cfb"
  | "danneggiato"
  | "foglio-assente"
  | "nessun-foglio";

/** A file that cannot be read as a workbook; `message` is the Italian text for the user. */
export class XlsxReadError extends Error {
  constructor(
    readonly failure: ReadFailure,
    readonly messageId: MessageId,
    readonly slots: Slots,
  ) {
    super(formatMessage(messageId, slots));
    this.name = "XlsxReadError";
  }
}

export interface ReadOptions {
  /** Read only this sheet (exact name, else the same name ignoring case and outer spaces). */
  sheet?: string;
}

export interface WorkbookGrids {
  /** Every sheet name in the workbook, in file order. */
  sheetNames: string[];
  /** The sheets read (all, or the one asked for). */
  sheets: GridInput[];
  /** Which ExcelJS reader produced the grids. */
  reader: "stream" | "full";
}

function fail(failure: ReadFailure, id: MessageId, slots: Slots): never {
  throw new XlsxReadError(failure, id, slots);
}

function osReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM") return formatMessage("cli.motivo.permesso");
  return formatMessage("cli.motivo.altro", { codice: code ?? "sconosciuto" });
}

/** Checks the file exists and is a zip; explains precisely what it is otherwise. */
async function checkFile(path: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") fail("mancante", "cli.file.mancante", { file: path });
    fail("illeggibile", "cli.file.illeggibile", { file: path, motivo: osReason(error) });
  }
  if (stat.isDirectory()) fail("cartella", "cli.file.cartella", { file: path });
  if (stat.size === 0) fail("vuoto", "cli.file.vuoto", { file: path });
  let head: Uint8Array;
  try {
    const handle = await fs.open(path, "r");
    try {
      const buffer = Buffer.alloc(8);
      const { bytesRead } = await handle.read(buffer, 0, 8, 0);
      head = buffer.subarray(0, bytesRead);
      // A compound file is read whole: the stream names tell an encrypted .xlsx from an .xls.
      if (isCfb(head)) head = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    fail("illeggibile", "cli.file.illeggibile", { file: path, motivo: osReason(error) });
  }
  switch (sniffKind(head)) {
    case "zip":
      return;
    case "encrypted":
      fail("cifrato", "cli.file.cifrato", { file: path });
    // eslint-disable-next-line no-fallthrough
    case "xls":
      fail("xls", "cli.file.xls", { file: path });
    // eslint-disable-next-line no-fallthrough
    case "cfb":
      fail("cfb", "cli.file.cfb", { file: path });
    // eslint-disable-next-line no-fallthrough
    default:
      fail("non-xlsx", "cli.file.non.xlsx", { file: path });
  }
}

function sheetMatches(name: string, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  return name === wanted || name.trim().toLowerCase() === wanted.trim().toLowerCase();
}

/** The names of the sheets to keep: the exact name wins over a case-insensitive one. */
function pickSheet(names: string[], wanted: string): string | undefined {
  return names.find((n) => n === wanted) ?? names.find((n) => sheetMatches(n, wanted));
}

interface StreamSheet {
  name: string;
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}

/** An error cell in sheet XML: `<c r="B2" t="e">` (either quote). */
const ERROR_CELL = /\bt=["']e["']/;

/**
 * The streaming reader, watching each sheet's raw XML for error cells on its way
 * to the parser. `_parseWorksheet` is ExcelJS 4's internal hook that receives
 * the XML chunks of a sheet; if a later ExcelJS lacks it, no sheet is marked as
 * clean and the caller falls back to the full reader, which is slower but right.
 */
class WatchingWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  /** Sheet numbers (from the part name) whose XML holds no error cell. */
  readonly withoutErrorCells = new Set<string>();

  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): unknown {
    const clean = this.withoutErrorCells;
    async function* watch(): AsyncGenerator<Buffer | string> {
      let tail = "";
      let seen = false;
      for await (const chunk of iterator) {
        if (!seen) {
          const text = tail + (typeof chunk === "string" ? chunk : chunk.toString("latin1"));
          seen = ERROR_CELL.test(text);
          tail = text.slice(-8);
        }
        yield chunk;
      }
      if (!seen) clean.add(sheetNo);
    }
    const parent = (ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as Record<string, unknown>)._parseWorksheet;
    return (parent as (it: AsyncIterable<Buffer | string>, no: string) => unknown).call(this, watch(), sheetNo);
  }
}

interface StreamedSheet {
  builder: GridBuilder;
  /** The sheet's XML was seen whole and holds no error cell. */
  noErrorCells: boolean;
}

async function readStreaming(path: string): Promise<{ names: string[]; sheets: StreamedSheet[]; isWorkbook: boolean }> {
  const reader = new WatchingWorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    // Styles tell date cells from numbers (dates come back as Date objects).
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const read: { builder: GridBuilder; sheetNo: string }[] = [];
  for await (const sheet of reader as unknown as AsyncIterable<StreamSheet & { id: number | string }>) {
    const builder = new GridBuilder(sheet.name);
    const sheetNo = sheetNumberOf(reader, sheet);
    for await (const row of sheet) {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        builder.add(row.number, column, cellValueOf(cell));
      });
    }
    read.push({ builder, sheetNo });
  }
  const model = (reader as unknown as { model?: { sheets?: { name: string; id: number }[] } }).model;
  const names = model?.sheets?.map((s) => s.name) ?? read.map((b) => b.builder.sheet);
  // Sheets in file order (the zip may store them in any order).
  const order = new Map(names.map((n, i) => [n, i]));
  read.sort((a, b) => (order.get(a.builder.sheet) ?? 0) - (order.get(b.builder.sheet) ?? 0));
  const sheets = read.map(({ builder, sheetNo }) => ({ builder, noErrorCells: reader.withoutErrorCells.has(sheetNo) }));
  return { names, sheets, isWorkbook: model !== undefined };
}

/** The part number ("sheet3.xml" → "3") ExcelJS read a sheet from; it keeps it as the sheet's original id. */
function sheetNumberOf(reader: WatchingWorkbookReader, sheet: { id: number | string; name: string }): string {
  // ExcelJS replaces the part number with the workbook's sheetId when it knows the sheet; map it back.
  const r = reader as unknown as {
    workbookRels?: { Id: string; Target: string }[];
    model?: { sheets?: { id: number; rId: string; name: string }[] };
  };
  const entry = r.model?.sheets?.find((s) => s.name === sheet.name);
  const rel = entry && r.workbookRels?.find((x) => x.Id === entry.rId);
  const m = rel && /sheet(\d+)\.xml$/.exec(rel.Target);
  return m ? m[1] : String(sheet.id);
}

/** A streamed sheet can be trusted unless it has unreadable cells, or formulas without value next to error cells. */
function trustworthy(s: StreamedSheet): boolean {
  return s.builder.lossy === 0 && (s.builder.formulasWithoutValue === 0 || s.noErrorCells);
}

async function readFull(path: string): Promise<{ names: string[]; builders: GridBuilder[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const builders = workbook.worksheets.map((sheet) => {
    const builder = new GridBuilder(sheet.name);
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        // The full reader gives a merged cell its master's value; in the file it is empty.
        builder.add(rowNumber, column, cell.type === ExcelJS.ValueType.Merge ? null : cellValueOf(cell));
      });
    });
    return builder;
  });
  return { names: builders.map((b) => b.sheet), builders };
}

/** Reads the worksheets of an .xlsx file. Throws XlsxReadError with an Italian message. */
export async function readXlsxFile(path: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  await checkFile(path);
  let reader: WorkbookGrids["reader"] = "stream";
  let names: string[];
  let builders: GridBuilder[];
  try {
    const streamed = await readStreaming(path);
    if (!streamed.isWorkbook) fail("zip-non-xlsx", "cli.file.zip.non.xlsx", { file: path });
    names = streamed.names;
    builders = streamed.sheets.map((s) => s.builder);
    if (!streamed.sheets.every(trustworthy)) {
      ({ names, builders } = await readFull(path));
      reader = "full";
    }
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    fail("danneggiato", "cli.file.danneggiato", { file: path });
  }
  if (names.length === 0) fail("nessun-foglio", "cli.nessun.foglio", { file: path });
  let kept = builders;
  if (options.sheet !== undefined) {
    const name = pickSheet(names, options.sheet);
    kept = builders.filter((b) => b.sheet === name);
    if (name === undefined || kept.length === 0) {
      fail("foglio-assente", "cli.foglio.assente", {
        file: path,
        foglio: options.sheet,
        fogli: names.map((n) => `«${n}»`).join(", "),
      });
    }
  }
  return { sheetNames: names, sheets: kept.map((b) => b.build()), reader };
}
