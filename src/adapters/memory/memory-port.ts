/** The workbook port over a MemoryWorkbook (browser harness, tests). */
import type { CellValue } from "../../validation/types";
import { HIGHLIGHT_NAMESPACE, snapshotFromXml, snapshotToXml } from "../highlight-store";
import {
  BORDER_EDGES,
  CELLS_PER_CHUNK,
  MARK_STYLE,
  MAX_CELLS,
  MAX_MARKS,
  NOTE_PREFIX,
  NUMBER_FORMATS,
  PortError,
  columnLetters,
  parseCell,
  type Capabilities,
  type CellFormat,
  type ChangeEvent,
  type HighlightResult,
  type HighlightSnapshot,
  type HighlightState,
  type Mark,
  type ModelSpec,
  type ReportSheet,
  type RowsRead,
  type SheetInfo,
  type SheetRead,
  type Unsubscribe,
  type WorkbookPort,
} from "../port";
import { cloneFormat, type MemorySheet, type MemoryWorkbook } from "./workbook";

export class MemoryPort implements WorkbookPort {
  /** Calls made, for tests ("readSheet", "readRows", ...). */
  readonly calls: string[] = [];
  private partSeq = 0;

  constructor(readonly workbook: MemoryWorkbook) {}

  private sheetOrThrow(name: string): MemorySheet {
    this.workbook.takeFailure();
    const sheet = this.workbook.sheet(name);
    if (!sheet) throw new PortError("not-found", { foglio: name });
    return sheet;
  }

  async capabilities(): Promise<Capabilities> {
    return { missing: [...this.workbook.missingRequirements], notes: true, typedValues: true };
  }

  async listSheets(): Promise<SheetInfo[]> {
    this.workbook.takeFailure();
    return this.workbook.sheets.map((s) => ({
      name: s.name,
      id: s.id,
      active: s.name === this.workbook.activeSheet,
      visible: s.visible,
    }));
  }

  async readSheet(name: string): Promise<SheetRead> {
    this.calls.push("readSheet");
    const sheet = this.sheetOrThrow(name);
    const used = this.workbook.usedRange(sheet);
    if (!used) return { input: { sheet: name, values: [], origin: { row: 1, column: 1 } }, cells: 0, chunks: 0 };
    const columns = used.lastColumn - used.column + 1;
    const rows = used.lastRow - used.row + 1;
    const cells = rows * columns;
    if (cells > MAX_CELLS) throw new PortError("too-large", { celle: cells, massimo: MAX_CELLS });
    const values: CellValue[][] = [];
    const formulasWithoutValue: [number, number][] = [];
    for (let r = 0; r < rows; r++) {
      const src = sheet.values[used.row - 1 + r] ?? [];
      const row: CellValue[] = new Array(columns);
      for (let c = 0; c < columns; c++) {
        const v = src[used.column - 1 + c];
        row[c] = v === undefined || v === "" ? null : v;
      }
      values.push(row);
    }
    for (const address of sheet.formulas.keys()) {
      const at = parseCell(address);
      if (at && values[at.row - used.row]?.[at.column - used.column] === null) {
        formulasWithoutValue.push([at.row - used.row, at.column - used.column]);
      }
    }
    const rowsPerChunk = Math.max(1, Math.floor(CELLS_PER_CHUNK / columns));
    return {
      input: {
        sheet: name,
        values,
        origin: { row: used.row, column: used.column },
        ...(formulasWithoutValue.length ? { formulasWithoutValue } : {}),
      },
      cells,
      chunks: Math.ceil(rows / rowsPerChunk),
    };
  }

  async readRows(name: string, rows: number[], firstColumn: number, lastColumn: number): Promise<RowsRead> {
    this.calls.push("readRows");
    const sheet = this.sheetOrThrow(name);
    return {
      sheet: name,
      column: firstColumn,
      rows: rows.map((row) => {
        const values: CellValue[] = [];
        for (let c = firstColumn; c <= lastColumn; c++) {
          const v = this.workbook.getValue(sheet, row, c);
          values.push(v === "" ? null : v);
        }
        return { row, values };
      }),
    };
  }

  async selectCell(name: string, cell: string): Promise<void> {
    this.sheetOrThrow(name);
    this.workbook.activeSheet = name;
    this.workbook.selection = { sheet: name, cell };
  }

  private parts(): { id: string; snapshot: HighlightSnapshot }[] {
    const out: { id: string; snapshot: HighlightSnapshot }[] = [];
    for (const [id, part] of this.workbook.customXmlParts) {
      if (part.namespace !== HIGHLIGHT_NAMESPACE) continue;
      const snapshot = snapshotFromXml(part.xml);
      if (snapshot) out.push({ id, snapshot });
    }
    return out;
  }

  async highlight(name: string, marks: Mark[]): Promise<HighlightResult> {
    const sheet = this.sheetOrThrow(name);
    if (sheet.protected) throw new PortError("protected", { foglio: name });
    const existing = this.parts().find((p) => p.snapshot.sheetId === sheet.id);
    const cells: Record<string, CellFormat> = existing ? { ...existing.snapshot.cells } : {};
    const applied = marks.slice(0, MAX_MARKS);
    // Snapshot first (a cell already marked keeps its original format), then mark.
    for (const m of applied) {
      if (!(m.cell in cells)) cells[m.cell] = cloneFormat(this.workbook.format(sheet, m.cell));
    }
    for (const m of applied) {
      const style = MARK_STYLE[m.severity];
      const f = cloneFormat(this.workbook.format(sheet, m.cell));
      f.fill = style.fill;
      f.fontColor = style.fontColor;
      for (const e of BORDER_EDGES) f.borders[e] = { ...style.border };
      f.note = NOTE_PREFIX + m.note;
      this.workbook.setFormat(sheet, m.cell, f);
    }
    if (existing) this.workbook.customXmlParts.delete(existing.id);
    const snapshot: HighlightSnapshot = { sheetId: sheet.id, sheet: sheet.name, at: new Date().toISOString(), cells };
    this.workbook.customXmlParts.set(`part-${++this.partSeq}-${Date.now()}`, {
      namespace: HIGHLIGHT_NAMESPACE,
      xml: snapshotToXml(snapshot),
    });
    return { marked: applied.length, skipped: marks.length - applied.length };
  }

  async clearHighlight(name?: string): Promise<number> {
    this.workbook.takeFailure();
    let restored = 0;
    for (const { id, snapshot } of this.parts()) {
      const sheet = this.workbook.sheets.find((s) => s.id === snapshot.sheetId);
      if (name !== undefined && sheet?.name !== name) continue;
      if (sheet) {
        if (sheet.protected) throw new PortError("protected", { foglio: sheet.name });
        for (const [cell, format] of Object.entries(snapshot.cells)) {
          this.workbook.setFormat(sheet, cell, format);
          restored++;
        }
      }
      this.workbook.customXmlParts.delete(id);
    }
    return restored;
  }

  async highlightState(): Promise<HighlightState[]> {
    return this.parts().map(({ snapshot }) => ({
      sheet: this.workbook.sheets.find((s) => s.id === snapshot.sheetId)?.name ?? snapshot.sheet,
      cells: Object.keys(snapshot.cells).length,
      at: snapshot.at,
    }));
  }

  async writeReport(report: ReportSheet): Promise<string> {
    this.workbook.takeFailure();
    this.workbook.removeSheet(report.name);
    const sheet = this.workbook.addSheet(report.name);
    report.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) this.workbook.setTyped(sheet, r + 1, c + 1, v);
      }),
    );
    report.boldRows.forEach((r) => sheet.bold.add(r + 1));
    this.workbook.activeSheet = sheet.name;
    return sheet.name;
  }

  async createModel(spec: ModelSpec): Promise<string> {
    this.workbook.takeFailure();
    let name = spec.sheetName.slice(0, 31);
    for (let i = 2; this.workbook.sheet(name); i++) name = `${spec.sheetName.slice(0, 26)} (${i})`;
    const sheet = this.workbook.addSheet(name);
    spec.columns.forEach((col, i) => {
      const letter = columnLetters(i + 1);
      this.workbook.setTyped(sheet, 1, i + 1, col.header);
      const range = `${letter}2:${letter}${spec.rows + 1}`;
      sheet.numberFormats.set(range, NUMBER_FORMATS[col.format]);
      if (col.list) sheet.validations.push({ range, list: [...col.list] });
    });
    sheet.bold.add(1);
    sheet.freezeRows = 1;
    this.workbook.activeSheet = name;
    return name;
  }

  async onChanged(handler: (event: ChangeEvent) => void): Promise<Unsubscribe> {
    const off = this.workbook.subscribe(handler);
    return async () => {
      off();
    };
  }
}
