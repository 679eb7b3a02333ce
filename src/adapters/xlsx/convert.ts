/**
 * Pure conversion of ExcelJS cell values into the engine's CellValue, and of a
 * stream of cells into a GridInput. No file I/O here, so it is unit-testable.
 *
 * Values arrive as Excel stored them: a formula cell contributes its cached
 * result (Excel's last calculation), never a value we compute.
 */
import { addDays } from "date-fns";
import type * as ExcelJS from "exceljs";
import { dayOf, serialOf } from "../../engine/dates";
import type { CellValue, GridInput } from "../../validation/types";

export interface ConvertedCell {
  value: CellValue;
  /** A formula cell whose file holds no cached result (never calculated, or saved by a generator). */
  formulaWithoutValue: boolean;
  /**
   * The reader lost information it cannot recover (ExcelJS's streaming reader turns a cached
   * error result of a formula into NaN): the caller should re-read with the full reader.
   */
  lossy: boolean;
}

const MS_PER_DAY = 86_400_000;

/**
 * The 1900-system serial of a Date produced by ExcelJS (which builds them in UTC
 * from the serial). The calendar day goes through the engine's `serialOf`; a
 * time of day is kept as the fraction Excel stores.
 *
 * ExcelJS's conversion assumes Excel's fictitious 29/02/1900 exists, so for
 * serials 1–60 its Dates are one day early: serial 1 (01/01/1900) comes as
 * 31/12/1899 and serial 60 (the fictitious day) as 28/02/1900. Undone here.
 */
export function serialFromExcelJsDate(date: Date): number | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const fraction = (ms - Date.UTC(y, m - 1, d)) / MS_PER_DAY;
  if (y === 1900 && m === 2 && d === 28) return 60 + fraction;
  let day = dayOf(y, m, d);
  if (day === null) return null;
  if (day < new Date(1900, 2, 1)) day = addDays(day, 1);
  const serial = serialOf(day);
  if (serial < 1) return null;
  return serial + fraction;
}

type RichTextValue = { richText: { text: string }[] };

function isRichText(v: unknown): v is RichTextValue {
  return typeof v === "object" && v !== null && Array.isArray((v as RichTextValue).richText);
}

/** Plain text of a rich-text value (the runs joined, formatting dropped). */
export function plainText(v: unknown): string {
  if (typeof v === "string") return v;
  if (isRichText(v)) return v.richText.map((run) => (typeof run.text === "string" ? run.text : "")).join("");
  if (v === null || v === undefined) return "";
  return String(v);
}

/** A scalar (a cell's own value or a formula's cached result) as a CellValue. */
function scalar(v: unknown): { value: CellValue; lossy: boolean } {
  if (v === null || v === undefined) return { value: null, lossy: false };
  if (typeof v === "number") {
    return Number.isFinite(v) ? { value: v, lossy: false } : { value: null, lossy: true };
  }
  if (typeof v === "string" || typeof v === "boolean") return { value: v, lossy: false };
  if (v instanceof Date) {
    const serial = serialFromExcelJsDate(v);
    return serial === null ? { value: { error: "#VALUE!" }, lossy: false } : { value: serial, lossy: false };
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { value: { error: o.error }, lossy: false };
    if (isRichText(o)) return { value: plainText(o), lossy: false };
    // A hyperlink: its displayed text (which may itself be rich text).
    if ("hyperlink" in o) return { value: plainText(o.text), lossy: false };
    // The streaming reader without cached shared strings: cannot happen with our options.
    if ("sharedString" in o) return { value: null, lossy: true };
  }
  return { value: null, lossy: true };
}

/**
 * An ExcelJS cell's value, keeping a formula's cached result when it is falsy (0,
 * FALSE): ExcelJS's `cell.value` drops those (exceljs/exceljs#2943), so `=IF(…;…;0)`
 * would look like a formula never calculated. `cell.result` still holds them.
 */
export function cellValueOf(cell: { value: unknown; result?: unknown }): unknown {
  const v = cell.value;
  if (typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v) && !("result" in v)) {
    const result = cell.result;
    if (result !== undefined && result !== null) return { ...v, result };
  }
  return v;
}

/** One ExcelJS cell value as the engine's CellValue. */
export function convertCellValue(v: ExcelJS.CellValue | unknown): ConvertedCell {
  if (typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v)) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null) return { value: null, formulaWithoutValue: true, lossy: false };
    const r = scalar(result);
    return { value: r.value, formulaWithoutValue: false, lossy: r.lossy };
  }
  const s = scalar(v);
  return { value: s.value, formulaWithoutValue: false, lossy: s.lossy };
}

/**
 * Collects the cells of one sheet (1-based row and column, any order) into a
 * GridInput anchored at A1. Trailing empty rows and cells are not stored.
 */
export class GridBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly formulas: [number, number][] = [];
  private lossyCells = 0;

  constructor(readonly sheet: string) {}

  /** Adds a cell; returns the converted cell. */
  add(row: number, column: number, raw: unknown): ConvertedCell {
    const cell = convertCellValue(raw);
    if (cell.lossy) this.lossyCells++;
    // A formula without a value keeps its (empty) place so its index points into the grid.
    if (cell.formulaWithoutValue) this.formulas.push([row - 1, column - 1]);
    if (cell.value !== null || cell.formulaWithoutValue) this.set(row - 1, column - 1, cell.value);
    return cell;
  }

  private set(r: number, c: number, value: CellValue): void {
    while (this.rows.length <= r) this.rows.push([]);
    const line = this.rows[r];
    while (line.length < c) line.push(null);
    line[c] = value;
  }

  /** Cells whose value the reader could not recover faithfully. */
  get lossy(): number {
    return this.lossyCells;
  }

  /** Formula cells without a cached value. */
  get formulasWithoutValue(): number {
    return this.formulas.length;
  }

  build(): GridInput {
    const input: GridInput = { sheet: this.sheet, values: this.rows, origin: { row: 1, column: 1 } };
    if (this.formulas.length > 0) input.formulasWithoutValue = this.formulas;
    return input;
  }
}
