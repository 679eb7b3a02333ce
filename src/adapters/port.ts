/**
 * The workbook port: everything the task pane asks of a workbook, and nothing more.
 * The Office adapter (src/adapters/office) implements it with Excel.run; the memory adapter
 * (src/adapters/memory) implements it for the browser harness and tests. React components
 * receive a port and never call Excel themselves.
 */
import type { Finding, GridInput, Severity } from "../validation/types";

export interface SheetInfo {
  name: string;
  /** Stable id (survives renames) where the host has one. */
  id: string;
  active: boolean;
  visible: boolean;
}

export interface SheetRead {
  input: GridInput;
  /** Cells read (rows × columns of the used range). */
  cells: number;
  /** Row chunks the host was asked for. */
  chunks: number;
}

/** Rows re-read after an edit, 1-based sheet rows, values starting at `origin.column`. */
export interface RowsRead {
  sheet: string;
  column: number;
  rows: { row: number; values: GridInput["values"][number] }[];
}

/** What "Evidenzia" does to a cell. */
export interface Mark {
  cell: string;
  severity: Exclude<Severity, "info">;
  /** Italian text written in the cell note. */
  note: string;
}

export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";
export const BORDER_EDGES: readonly BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

export interface BorderFormat {
  style: string;
  color: string;
  weight: string;
}

/** The parts of a cell's format that highlighting touches, as they were before. */
export interface CellFormat {
  /** Fill colour, or null for no fill (pattern "None"). */
  fill: string | null;
  fontColor: string;
  borders: Record<BorderEdge, BorderFormat>;
  /** The cell note, or null for none. Undefined when the host has no notes API. */
  note?: string | null;
}

/** What is needed to undo a highlight, stored in the workbook itself. */
export interface HighlightSnapshot {
  sheetId: string;
  sheet: string;
  /** ISO timestamp. */
  at: string;
  cells: Record<string, CellFormat>;
}

export interface HighlightState {
  sheet: string;
  cells: number;
  at: string;
}

export interface HighlightResult {
  marked: number;
  /** Marks not applied because of the per-sheet cap. */
  skipped: number;
}

export interface ReportSheet {
  name: string;
  /** Rows of cells; strings are always written as text, numbers as numbers. */
  rows: (string | number | null)[][];
  /** 0-based indexes of rows to show in bold (titles, table header). */
  boldRows: number[];
  /** Column widths in characters (optional). */
  widths?: number[];
}

export type ColumnFormat = "text" | "date" | "money" | "number" | "integer" | "percent";

export interface ModelColumn {
  header: string;
  format: ColumnFormat;
  /** Allowed values: becomes a drop-down list. */
  list?: string[];
  required: boolean;
}

export interface ModelSpec {
  /** Sheet name wanted; the adapter adds " (2)" etc. if it is taken. */
  sheetName: string;
  columns: ModelColumn[];
  /** Rows below the header that get validation and formats. */
  rows: number;
}

export interface ChangeEvent {
  sheet: string;
  /** A1 address of the changed range, without the sheet ("B4:C9", "5:5", "C:C"). */
  address: string;
}

export interface Capabilities {
  /** Requirement sets missing for the pane to work at all. */
  missing: string[];
  notes: boolean;
  typedValues: boolean;
}

export type Unsubscribe = () => Promise<void>;

export interface WorkbookPort {
  capabilities(): Promise<Capabilities>;
  listSheets(): Promise<SheetInfo[]>;
  readSheet(sheet: string): Promise<SheetRead>;
  /** Re-read only these 1-based sheet rows over the columns firstColumn..lastColumn. */
  readRows(sheet: string, rows: number[], firstColumn: number, lastColumn: number): Promise<RowsRead>;
  selectCell(sheet: string, cell: string): Promise<void>;
  highlight(sheet: string, marks: Mark[]): Promise<HighlightResult>;
  /** Restores every highlighted cell of the sheet (all sheets when omitted); returns cells restored. */
  clearHighlight(sheet?: string): Promise<number>;
  highlightState(): Promise<HighlightState[]>;
  /** Writes (replacing) a report sheet; returns its name. */
  writeReport(report: ReportSheet): Promise<string>;
  /** Inserts an empty model sheet; returns its name. */
  createModel(spec: ModelSpec): Promise<string>;
  onChanged(handler: (event: ChangeEvent) => void): Promise<Unsubscribe>;
}

export type PortErrorCode = "protected" | "too-large" | "requirements" | "not-found" | "api" | "busy";

/** A failure the pane shows to the user (catalogue id `pane.errore.<code>`). */
export class PortError extends Error {
  constructor(
    readonly code: PortErrorCode,
    readonly slots: Record<string, string | number> = {},
    readonly detail?: string,
  ) {
    super(`${code}${detail ? `: ${detail}` : ""}`);
    this.name = "PortError";
  }
}

/** Largest sheet the pane reads (cells of the used range); larger sheets go to the CLI. */
export const MAX_CELLS = 5_000_000;
/** Cells per read request: keeps each response well under Excel on the web's 5 MB payload limit. */
export const CELLS_PER_CHUNK = 200_000;
/** Cells one "Evidenzia" marks at most (each one costs a format snapshot). */
export const MAX_MARKS = 5_000;

/** Marks from findings: errors and warnings only, one per cell, the worst severity wins. */
export function marksFrom(findings: readonly Finding[]): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    const prev = byCell.get(f.cell);
    if (!prev) {
      byCell.set(f.cell, { cell: f.cell, severity: f.severity, note: f.message });
    } else {
      if (f.severity === "errore") prev.severity = "errore";
      if (!prev.note.includes(f.message)) prev.note += `\n${f.message}`;
    }
  }
  return [...byCell.values()];
}

/** How marks look: the same in every adapter. */
export const MARK_STYLE: Record<Mark["severity"], { fill: string; fontColor: string; border: BorderFormat }> = {
  errore: { fill: "#FDE7E9", fontColor: "#A4262C", border: { style: "Continuous", color: "#D13438", weight: "Thin" } },
  avviso: { fill: "#FFF4CE", fontColor: "#8A3707", border: { style: "Continuous", color: "#C19C00", weight: "Thin" } },
};

export const NOTE_PREFIX = "Verifica CIG: ";

/** 1-based column number → letters (1 → A, 28 → AB). */
export function columnLetters(column: number): string {
  let s = "";
  let n = column;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AB12" → { row: 12, column: 28 }; null when it is not a single-cell A1 address. */
export function parseCell(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.replace(/^.*!/, ""));
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/**
 * Rows touched by a changed address ("B4:C9" → 4..9). Whole columns or an unparsable address
 * give null: the caller must re-read the sheet.
 */
export function rowsOfAddress(address: string): { first: number; last: number } | null {
  const parts = address.replace(/^.*!/, "").split(":");
  const rowOf = (p: string): number | null => {
    const cell = parseCell(p);
    if (cell) return cell.row;
    const m = /^\$?(\d{1,7})$/.exec(p);
    return m ? Number(m[1]) : null;
  };
  const a = rowOf(parts[0]);
  const b = parts.length > 1 ? rowOf(parts[1]) : a;
  if (a === null || b === null) return null;
  return { first: Math.min(a, b), last: Math.max(a, b) };
}

/** Excel number formats of the model columns written by "Crea modello" (by column format). */
export const NUMBER_FORMATS: Record<string, string> = {
  date: "dd/mm/yyyy",
  money: "#,##0.00",
  number: "0.00",
  integer: "0",
  percent: "0.00%",
  text: "@",
};
