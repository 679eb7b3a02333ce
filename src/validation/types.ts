/**
 * The contract between the validation engine and its surfaces (task pane, CLI).
 * A grid arrives as Excel gives it; findings point at real cells.
 */

/** An Excel error value in a cell ("#N/A", "#VALUE!", "#REF!", ...). */
export interface CellError {
  error: string;
}

/**
 * One cell as Excel gives it: numbers (dates as 1900-system serials), text,
 * booleans, null for empty, or an error value.
 */
export type CellValue = number | string | boolean | null | CellError;

export type Grid = CellValue[][];

export interface GridInput {
  sheet: string;
  /** Rows of cells; `values[0][0]` is the cell at `origin`. Rows may be ragged. */
  values: Grid;
  /** 1-based sheet row and column of `values[0][0]`; default 1, 1 (A1). */
  origin?: { row: number; column: number };
  /**
   * Cells holding a formula with no cached value (only a file reader can know),
   * as 0-based [row, column] indexes into `values`.
   */
  formulasWithoutValue?: [number, number][];
}

export type Severity = "errore" | "avviso" | "info";

export interface Finding {
  sheet: string;
  /** A1 address of the cell ("F12"); for a sheet-level finding, the header cell or A1. */
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /**
   * Canonical header of the column ("Codice fiscale"). Sheet-level findings name the
   * column they concern (the missing one, the amount measured against a budget) or "Foglio".
   */
  column: string;
  ruleId: string;
  severity: Severity;
  /** Italian text with the values involved. */
  message: string;
  /** Citation of the legal source ("Circ. MLPS n. 16 del 08/10/2025"). */
  source: string;
}

export interface ProfileMatch {
  id: string;
  /** Italian name of the profile. */
  name: string;
  /** How well the headers matched, 0–1. */
  score: number;
  /** 1-based sheet row of the header row. */
  headerRow: number;
}

export interface Summary {
  /** Data rows that are records (not blank, not totals). */
  records: number;
  /** Months requested in total, where the profile has months (else 0). */
  months: number;
  /**
   * Money totals by label ("Fabbisogno individuale", "Costo stimato", ...), in euro with
   * 2 decimals: only the columns whose sum is meaningful (never monthly or hourly rates).
   */
  totals: Record<string, number>;
  /** Totals split by a dimension: splits["Regione"]["Campania"] = { records, amount }. */
  splits: Record<string, Record<string, { records: number; amount: number }>>;
  /** The appropriation the request is measured against, when the profile has one. */
  budget?: { label: string; amount: number; used: number; share: number; source: string };
}

export interface ValidationResult {
  sheet: string;
  /** Null when no profile matched. */
  profile: ProfileMatch | null;
  findings: Finding[];
  summary: Summary;
}

export interface ValidateOptions {
  /** Force a profile instead of detecting one. */
  profileId?: string;
  /** "Today" for checks against the current date (ISO yyyy-mm-dd); default the real date. */
  today?: string;
  /**
   * Date of the request (ISO yyyy-mm-dd): the rules in force on that day are applied
   * (e.g. the funding year of the mobilità in deroga); default `today`.
   */
  referenceDate?: string;
}
