/**
 * Reads an .xlsx file into one GridInput per worksheet. Only reads: the file is
 * opened read-only and never written.
 *
 * ExcelJS's streaming WorkbookReader is used first (a fraction of the memory of
 * the full reader on large lists). It drops a formula's cached *error* result, so
 * such a cell looks like a formula never calculated; when any formula comes
 * without a value (or a value is unreadable), the file is read again with the
 * full reader, which tells the two apart and keeps the error text.
 */
import { promises as fs } from "node:fs";
import * as ExcelJS from "exceljs";
import type { MessageId, Slots } from "../../engine/messages";
import { formatMessage } from "../../engine/messages";
import type { GridInput } from "../../validation/types";
import { GridBuilder } from "./convert";
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

async function readStreaming(path: string): Promise<{ names: string[]; builders: GridBuilder[]; isWorkbook: boolean }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    // Styles tell date cells from numbers (dates come back as Date objects).
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const builders: GridBuilder[] = [];
  for await (const sheet of reader as unknown as AsyncIterable<StreamSheet>) {
    const builder = new GridBuilder(sheet.name);
    for await (const row of sheet) {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        builder.add(row.number, column, cell.value);
      });
    }
    builders.push(builder);
  }
  const model = (reader as unknown as { model?: { sheets?: { name: string; id: number }[] } }).model;
  const names = model?.sheets?.map((s) => s.name) ?? builders.map((b) => b.sheet);
  // Sheets in file order (the zip may store them in any order).
  const order = new Map(names.map((n, i) => [n, i]));
  builders.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0));
  return { names, builders, isWorkbook: model !== undefined };
}

async function readFull(path: string): Promise<{ names: string[]; builders: GridBuilder[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const builders = workbook.worksheets.map((sheet) => {
    const builder = new GridBuilder(sheet.name);
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        // The full reader gives a merged cell its master's value; in the file it is empty.
        builder.add(rowNumber, column, cell.type === ExcelJS.ValueType.Merge ? null : cell.value);
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
    ({ names, builders } = streamed);
    if (builders.some((b) => b.lossy > 0 || b.formulasWithoutValue > 0)) {
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
