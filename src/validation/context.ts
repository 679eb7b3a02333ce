/**
 * The state of one validation run: where the sheet is, which grid column holds
 * each profile column, and the findings collected so far. Findings are built
 * here, so every one points at a real cell of the grid.
 */
import { citation } from "../rules/citation";
import { getSource } from "../rules/lookup";
import { dayFromSerial, italianOf } from "../engine/dates";
import { formatMessage, type MessageId, type Slots } from "../engine/messages";
import type { Finding, Severity } from "./types";
import type { ProfileDefinition } from "./profiles";

/** "A", "B", …, "Z", "AA", … for a 1-based column number. */
export function columnLetters(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const citationCache = new Map<string, string>();
/** Citation of a source id of the rules table, cached. */
export function citationOf(sourceId: string): string {
  let c = citationCache.get(sourceId);
  if (c === undefined) {
    c = citation(getSource(sourceId));
    citationCache.set(sourceId, c);
  }
  return c;
}

const dateTexts = new Map<number, string>();
/** "dd/mm/yyyy" of an Excel serial (memoised: sheets repeat the same dates). */
export function dateText(serial: number): string {
  let t = dateTexts.get(serial);
  if (t === undefined) {
    const d = dayFromSerial(serial);
    t = d ? italianOf(d) : String(serial);
    if (dateTexts.size >= 100_000) dateTexts.clear();
    dateTexts.set(serial, t);
  }
  return t;
}

/** Column text of the findings about the whole sheet ("Foglio"). */
export const SHEET_COLUMN = (): string => formatMessage("validazione.colonna.foglio", {});

interface Pending {
  finding: Finding;
  order: number;
}

export class Context {
  readonly sheet: string;
  readonly originRow: number;
  readonly originColumn: number;
  /** Grid row index of the header row. */
  readonly headerIndex: number;
  readonly profile: ProfileDefinition;
  /** For each profile column: its grid column index, or -1 when the sheet lacks it. */
  readonly gridColumn: Int32Array;
  /** Reference day of the request (rule lookups), as an Excel serial. */
  readonly referenceSerial: number;
  /** Today, as an Excel serial. */
  readonly todaySerial: number;
  private readonly letters: string[] = [];
  private readonly pending: Pending[] = [];
  /** Rule ids already reported as unavailable (one finding per rule, not per row). */
  private readonly unavailable = new Set<string>();

  constructor(args: {
    sheet: string;
    originRow: number;
    originColumn: number;
    headerIndex: number;
    profile: ProfileDefinition;
    gridColumn: Int32Array;
    referenceSerial: number;
    todaySerial: number;
  }) {
    this.sheet = args.sheet;
    this.originRow = args.originRow;
    this.originColumn = args.originColumn;
    this.headerIndex = args.headerIndex;
    this.profile = args.profile;
    this.gridColumn = args.gridColumn;
    this.referenceSerial = args.referenceSerial;
    this.todaySerial = args.todaySerial;
  }

  private letter(gridCol: number): string {
    let l = this.letters[gridCol];
    if (l === undefined) {
      l = columnLetters(this.originColumn + gridCol);
      this.letters[gridCol] = l;
    }
    return l;
  }

  /** A finding on grid cell (r, gridCol), with the canonical header `column`. */
  addAt(
    r: number,
    gridCol: number,
    column: string,
    ruleId: string,
    severity: Severity,
    id: MessageId,
    slots: Slots,
    sourceId: string,
  ): void {
    const row = this.originRow + r;
    this.pending.push({
      finding: {
        sheet: this.sheet,
        cell: `${this.letter(gridCol)}${row}`,
        row,
        column,
        ruleId,
        severity,
        message: formatMessage(id, slots),
        source: citationOf(sourceId),
      },
      order: r * 1048576 + gridCol,
    });
  }

  /**
   * A finding on a record's cell of profile column `c`. When the sheet lacks that
   * column, the finding goes on the row's first cell (still naming the column).
   */
  add(r: number, c: number, ruleId: string, severity: Severity, id: MessageId, slots: Slots, sourceId: string): void {
    const g = c >= 0 ? this.gridColumn[c] : -1;
    const header = c >= 0 ? this.profile.columns[c].header : SHEET_COLUMN();
    this.addAt(r, g >= 0 ? g : 0, header, ruleId, severity, id, slots, sourceId);
  }

  /**
   * A sheet-level finding on the header cell of profile column `c`, named after that
   * column (also when the sheet lacks it: then on the header row's first cell);
   * with `c` < 0, on the header row's first cell, named "Foglio".
   */
  addSheet(c: number, ruleId: string, severity: Severity, id: MessageId, slots: Slots, sourceId: string): void {
    const g = c >= 0 ? this.gridColumn[c] : -1;
    const header = c >= 0 ? this.profile.columns[c].header : SHEET_COLUMN();
    this.addAt(this.headerIndex, g >= 0 ? g : 0, header, ruleId, severity, id, slots, sourceId);
  }

  /** Reports once that a rule has no value in force (the check is then skipped). */
  ruleUnavailable(ruleId: string, detail: string, sourceId: string): void {
    if (this.unavailable.has(ruleId)) return;
    this.unavailable.add(ruleId);
    this.addSheet(
      -1,
      "modello.regola.non-disponibile",
      "info",
      "validazione.regola.non-disponibile",
      { dettaglio: detail },
      sourceId,
    );
  }

  /** Findings sorted by row, then column (stable for findings on the same cell). */
  findings(): Finding[] {
    const p = this.pending;
    p.sort((a, b) => a.order - b.order);
    const out = new Array<Finding>(p.length);
    for (let i = 0; i < p.length; i++) out[i] = p[i].finding;
    return out;
  }
}
