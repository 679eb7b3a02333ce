/**
 * An in-memory workbook that behaves like Excel where the task pane cares: values as Excel gives
 * them, strings typed with a leading = + - @ become formulas (as Excel's Range.values does), cell
 * formats (fill, font colour, borders), notes, protection, custom XML parts, selection and change
 * events. It stands in for Excel in the browser harness and in tests.
 */
import type { CellValue } from "../../validation/types";
import { BORDER_EDGES, columnLetters, parseCell, type CellFormat, type ChangeEvent } from "../port";

export interface MemorySheet {
  id: string;
  name: string;
  visible: boolean;
  protected: boolean;
  /** Row-major values from A1 (0-based); ragged rows allowed. */
  values: CellValue[][];
  /** Formulas by A1 address (a formula cell's value is its cached result, or null). */
  formulas: Map<string, string>;
  /** Formats that differ from the default, by A1 address. */
  formats: Map<string, CellFormat>;
  numberFormats: Map<string, string>;
  validations: { range: string; list: string[] }[];
  freezeRows: number;
  bold: Set<number>;
}

export const DEFAULT_FORMAT: CellFormat = {
  fill: null,
  fontColor: "#000000",
  borders: {
    EdgeTop: { style: "None", color: "#000000", weight: "Thin" },
    EdgeBottom: { style: "None", color: "#000000", weight: "Thin" },
    EdgeLeft: { style: "None", color: "#000000", weight: "Thin" },
    EdgeRight: { style: "None", color: "#000000", weight: "Thin" },
  },
  note: null,
};

export function cloneFormat(f: CellFormat): CellFormat {
  const borders = {} as CellFormat["borders"];
  for (const e of BORDER_EDGES) borders[e] = { ...f.borders[e] };
  return { fill: f.fill, fontColor: f.fontColor, borders, note: f.note ?? null };
}

let nextId = 1;

export class MemoryWorkbook {
  sheets: MemorySheet[] = [];
  activeSheet = "";
  selection: { sheet: string; cell: string } | null = null;
  customXmlParts = new Map<string, { namespace: string; xml: string }>();
  /** Simulated host limits for tests of the pane's failure messages. */
  missingRequirements: string[] = [];
  /** Set to make the next call fail like an API rejection. */
  failNext: string | null = null;
  private listeners = new Set<(e: ChangeEvent) => void>();

  addSheet(name: string, rows: CellValue[][] = []): MemorySheet {
    const sheet: MemorySheet = {
      id: `{mem-${nextId++}}`,
      name,
      visible: true,
      protected: false,
      values: rows.map((r) => [...r]),
      formulas: new Map(),
      formats: new Map(),
      numberFormats: new Map(),
      validations: [],
      freezeRows: 0,
      bold: new Set(),
    };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  removeSheet(name: string): void {
    this.sheets = this.sheets.filter((s) => s.name !== name);
    if (this.activeSheet === name) this.activeSheet = this.sheets[0]?.name ?? "";
  }

  format(sheet: MemorySheet, cell: string): CellFormat {
    return sheet.formats.get(cell) ?? DEFAULT_FORMAT;
  }

  setFormat(sheet: MemorySheet, cell: string, format: CellFormat): void {
    sheet.formats.set(cell, cloneFormat(format));
  }

  getValue(sheet: MemorySheet, row: number, column: number): CellValue {
    return sheet.values[row - 1]?.[column - 1] ?? null;
  }

  /** Writes one cell the way Excel's Range.values does: = + - @ start a formula, ' marks text. */
  setValueLikeExcel(sheet: MemorySheet, row: number, column: number, value: CellValue): void {
    const address = `${columnLetters(column)}${row}`;
    sheet.formulas.delete(address);
    let stored: CellValue = value;
    if (typeof value === "string") {
      if (value.startsWith("'")) stored = value.slice(1);
      else if (/^[=+\-@]/.test(value) && value.length > 1 && sheet.numberFormats.get(address) !== "@") {
        sheet.formulas.set(address, value.startsWith("=") ? value : `=${value.replace(/^@/, "")}`);
        stored = null; // no calculation engine here: the cached value is unknown
      }
    }
    this.setRaw(sheet, row, column, stored);
  }

  /** Writes one cell as a typed value (Range.valuesAsJson): a string is text, whatever it starts with. */
  setTyped(sheet: MemorySheet, row: number, column: number, value: CellValue): void {
    sheet.formulas.delete(`${columnLetters(column)}${row}`);
    this.setRaw(sheet, row, column, value);
  }

  private setRaw(sheet: MemorySheet, row: number, column: number, value: CellValue): void {
    while (sheet.values.length < row) sheet.values.push([]);
    const r = sheet.values[row - 1];
    while (r.length < column) r.push(null);
    r[column - 1] = value;
  }

  /** A user edit (harness and tests): writes like Excel and raises the change event. */
  edit(sheetName: string, cell: string, value: CellValue): void {
    const sheet = this.sheet(sheetName);
    const at = parseCell(cell);
    if (!sheet || !at) throw new Error(`cella sconosciuta ${sheetName}!${cell}`);
    this.setValueLikeExcel(sheet, at.row, at.column, value);
    this.emit({ sheet: sheetName, address: cell });
  }

  subscribe(handler: (e: ChangeEvent) => void): () => void {
    this.listeners.add(handler);
    return () => this.listeners.delete(handler);
  }

  emit(e: ChangeEvent): void {
    for (const l of this.listeners) l(e);
  }

  /** Used range (1-based, inclusive) of non-empty cells, or null for an empty sheet. */
  usedRange(sheet: MemorySheet): { row: number; column: number; lastRow: number; lastColumn: number } | null {
    let row = 0;
    let lastRow = 0;
    let column = Infinity;
    let lastColumn = 0;
    sheet.values.forEach((r, i) => {
      let any = false;
      r.forEach((v, j) => {
        if (v !== null && v !== "") {
          any = true;
          column = Math.min(column, j + 1);
          lastColumn = Math.max(lastColumn, j + 1);
        }
      });
      if (any) {
        if (!row) row = i + 1;
        lastRow = i + 1;
      }
    });
    for (const address of sheet.formulas.keys()) {
      const at = parseCell(address);
      if (!at) continue;
      row = row ? Math.min(row, at.row) : at.row;
      lastRow = Math.max(lastRow, at.row);
      column = Math.min(column, at.column);
      lastColumn = Math.max(lastColumn, at.column);
    }
    return row ? { row, column, lastRow, lastColumn } : null;
  }

  takeFailure(): void {
    if (this.failNext) {
      const message = this.failNext;
      this.failNext = null;
      throw new Error(message);
    }
  }
}
