/**
 * The workbook port over Office.js (Excel.run). The only code that calls Excel. Kept thin:
 * reads the used range in row chunks under Excel on the web's 5 MB payload limit, writes each
 * change (marks, report, model) in one batch, and turns Office errors into PortErrors.
 */
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

/** Requirement sets the pane needs: fill pattern (1.9), events (1.7/1.9), data validation and freeze panes (1.8), custom XML parts (1.5). */
export const REQUIRED_SET = "1.9";
/** Response budget per chunk: 4 MB of the 5 MB limit, the rest for the envelope. */
const CHUNK_BYTES = 4_000_000;
/** Text values that may be error values; only then are the cell's valueTypes read. */
const ERROR_TEXT =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;
const MAX_ERROR_PROBES = 10_000;
/** Excel's limit for an inline list of a data validation. */
const MAX_LIST_SOURCE = 255;
export const LISTS_SHEET = "CIG_Elenchi";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const sheetNamespace = (sheetId: string): string => `${HIGHLIGHT_NAMESPACE}:${sheetId.replace(/[^A-Za-z0-9-]/g, "")}`;

/** Office errors → the pane's PortErrors. */
export function toPortError(e: unknown, sheet?: string): PortError {
  if (e instanceof PortError) return e;
  const code = (e as { code?: string } | null)?.code ?? "";
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new PortError("busy", {}, message);
    case "AccessDenied":
      return sheet
        ? new PortError("protected", { foglio: sheet }, message)
        : new PortError("api", { dettaglio: message });
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new PortError("too-large", { celle: "molte", massimo: MAX_CELLS }, message);
    case "ItemNotFound":
      return new PortError("not-found", { foglio: sheet ?? "" }, message);
    default:
      return new PortError("api", { dettaglio: code ? `${code}: ${message}` : message }, message);
  }
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

function roughBytes(rows: unknown[][]): number {
  let n = 0;
  for (const r of rows) for (const v of r) n += typeof v === "string" ? v.length + 3 : 8;
  return n;
}

export class OfficePort implements WorkbookPort {
  /** For tests and the bench: context.sync() calls of the last readSheet. */
  lastReadSyncs = 0;

  constructor(private readonly run: Run = (b) => Excel.run(b)) {}

  private async guard<T>(sheet: string | undefined, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw toPortError(e, sheet);
    }
  }

  async capabilities(): Promise<Capabilities> {
    const req = Office.context?.requirements;
    const has = (v: string) => !!req && req.isSetSupported("ExcelApi", v);
    return {
      missing: has(REQUIRED_SET) ? [] : [`ExcelApi ${REQUIRED_SET}`],
      notes: has("1.18"),
      typedValues: has("1.16"),
    };
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.guard(undefined, () =>
      this.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load("items/name,items/id,items/visibility");
        const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
        await ctx.sync();
        return sheets.items.map((s) => ({
          name: s.name,
          id: s.id,
          active: s.name === active.name,
          visible: s.visibility === "Visible",
        }));
      }),
    );
  }

  readSheet(name: string): Promise<SheetRead> {
    return this.guard(name, () =>
      this.run(async (ctx) => {
        let syncs = 0;
        const sync = async () => {
          syncs++;
          await ctx.sync();
        };
        // A missing sheet fails this first sync with ItemNotFound (→ "not-found").
        const ws = ctx.workbook.worksheets.getItem(name);
        const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
        await sync();
        if (used.isNullObject) {
          this.lastReadSyncs = syncs;
          return { input: { sheet: name, values: [], origin: { row: 1, column: 1 } }, cells: 0, chunks: 0 };
        }
        const { rowIndex, columnIndex, rowCount, columnCount } = used;
        const cells = rowCount * columnCount;
        if (cells > MAX_CELLS) throw new PortError("too-large", { celle: cells, massimo: MAX_CELLS });

        const values: CellValue[][] = [];
        const probes: [number, number][] = [];
        let rowsPerChunk = Math.max(1, Math.floor(CELLS_PER_CHUNK / columnCount));
        let chunks = 0;
        for (let start = 0; start < rowCount;) {
          const n = Math.min(rowsPerChunk, rowCount - start);
          const chunk = ws.getRangeByIndexes(rowIndex + start, columnIndex, n, columnCount).load("values");
          try {
            await sync();
          } catch (e) {
            const code = (e as { code?: string }).code;
            if ((code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded") && n > 1) {
              rowsPerChunk = Math.max(1, Math.floor(n / 2));
              continue;
            }
            throw e;
          }
          chunks++;
          const raw = chunk.values as unknown[][];
          raw.forEach((row, i) => {
            values.push(
              row.map((v, j) => {
                if (typeof v === "string" && ERROR_TEXT.test(v)) probes.push([start + i, j]);
                return toCellValue(v);
              }),
            );
          });
          // Long texts: shrink the next chunks so each response stays under the payload budget.
          const bytes = roughBytes(raw);
          if (bytes > CHUNK_BYTES) rowsPerChunk = Math.max(1, Math.floor((n * CHUNK_BYTES) / bytes));
          start += n;
        }
        if (probes.length) {
          // One more round trip, only when a text looks like "#N/A": is it an error value or text?
          const checked = probes.slice(0, MAX_ERROR_PROBES).map(([r, c]) => ({
            r,
            c,
            cell: ws.getCell(rowIndex + r, columnIndex + c).load("valueTypes"),
          }));
          await sync();
          for (const { r, c, cell } of checked) {
            if (cell.valueTypes[0][0] === "Error") values[r][c] = { error: values[r][c] as string };
          }
          for (const [r, c] of probes.slice(MAX_ERROR_PROBES)) values[r][c] = { error: values[r][c] as string };
        }
        this.lastReadSyncs = syncs;
        return {
          input: { sheet: name, values, origin: { row: rowIndex + 1, column: columnIndex + 1 } },
          cells,
          chunks,
        };
      }),
    );
  }

  readRows(name: string, rows: number[], firstColumn: number, lastColumn: number): Promise<RowsRead> {
    return this.guard(name, () =>
      this.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(name);
        const sorted = [...new Set(rows)].sort((a, b) => a - b);
        const runs: { start: number; count: number; range: Excel.Range }[] = [];
        for (const row of sorted) {
          const last = runs[runs.length - 1];
          if (last && last.start + last.count === row) last.count++;
          else runs.push({ start: row, count: 1, range: undefined as unknown as Excel.Range });
        }
        const width = lastColumn - firstColumn + 1;
        for (const run of runs) {
          run.range = ws.getRangeByIndexes(run.start - 1, firstColumn - 1, run.count, width).load("values,valueTypes");
        }
        await ctx.sync();
        const out: RowsRead["rows"] = [];
        for (const run of runs) {
          const v = run.range.values as unknown[][];
          const types = run.range.valueTypes;
          v.forEach((row, i) =>
            out.push({
              row: run.start + i,
              values: row.map((x, j) => (types[i][j] === "Error" ? { error: String(x) } : toCellValue(x))),
            }),
          );
        }
        return { sheet: name, column: firstColumn, rows: out };
      }),
    );
  }

  selectCell(name: string, cell: string): Promise<void> {
    return this.guard(name, () =>
      this.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(name);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      }),
    );
  }

  /** Our custom XML parts (one per highlighted sheet) with their snapshots. */
  private async loadSnapshots(ctx: Excel.RequestContext) {
    const parts = ctx.workbook.customXmlParts.load("items/id,items/namespaceUri");
    const sheets = ctx.workbook.worksheets.load("items/id,items/name");
    await ctx.sync();
    const ours = parts.items
      .filter((p) => p.namespaceUri.startsWith(HIGHLIGHT_NAMESPACE))
      .map((part) => ({ part, xml: part.getXml() }));
    if (ours.length) await ctx.sync();
    const found = ours
      .map(({ part, xml }) => ({ part, snapshot: snapshotFromXml(xml.value) }))
      .filter((x): x is { part: Excel.CustomXmlPart; snapshot: HighlightSnapshot } => x.snapshot !== null);
    return { found, sheets: sheets.items };
  }

  highlight(name: string, marks: Mark[]): Promise<HighlightResult> {
    return this.guard(name, () =>
      this.run(async (ctx) => {
        const notes = (await this.capabilities()).notes;
        const applied = marks.slice(0, MAX_MARKS);
        const ws = ctx.workbook.worksheets.getItem(name);
        ws.load("id,name,protection/protected");
        // Read: the current format of every cell to mark (the undo data).
        const probes = applied.map((m) => {
          const range = ws.getRange(m.cell);
          return {
            mark: m,
            range,
            fill: range.format.fill.load("color,pattern"),
            font: range.format.font.load("color"),
            borders: BORDER_EDGES.map((e) => range.format.borders.getItem(e).load("style,color,weight")),
            note: notes ? ws.notes.getItemOrNullObject(m.cell).load("content") : null,
          };
        });
        // loadSnapshots() syncs the batch above; the linter cannot see a sync inside a helper.
        const { found } = await this.loadSnapshots(ctx);
        const { id: sheetId, name: sheetName } = ws;
        const isProtected = ws.protection.protected; // eslint-disable-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
        if (isProtected) throw new PortError("protected", { foglio: name });
        const previous = found.find((f) => f.snapshot.sheetId === sheetId);
        const cells: Record<string, CellFormat> = previous ? { ...previous.snapshot.cells } : {};
        for (const p of probes) {
          if (p.mark.cell in cells) continue; // already marked: keep the original format
          const borders = {} as CellFormat["borders"];
          BORDER_EDGES.forEach((e, i) => {
            const b = p.borders[i];
            borders[e] = { style: b.style, color: b.color, weight: b.weight };
          });
          cells[p.mark.cell] = {
            fill: p.fill.pattern === "None" ? null : p.fill.color,
            fontColor: p.font.color,
            borders,
            ...(p.note ? { note: p.note.isNullObject ? null : p.note.content } : {}),
          };
        }
        // Write: marks, notes and the undo data, in one batch.
        for (const p of probes) {
          const style = MARK_STYLE[p.mark.severity];
          p.fill.color = style.fill;
          p.font.color = style.fontColor;
          for (const b of p.borders) {
            b.style = style.border.style as Excel.BorderLineStyle;
            b.color = style.border.color;
            b.weight = style.border.weight as Excel.BorderWeight;
          }
          if (p.note) {
            const text = NOTE_PREFIX + p.mark.note;
            if (p.note.isNullObject) ws.notes.add(p.mark.cell, text);
            else p.note.content = text;
          }
        }
        if (previous) previous.part.delete();
        const snapshot: HighlightSnapshot = { sheetId, sheet: sheetName, at: new Date().toISOString(), cells };
        ctx.workbook.customXmlParts.add(snapshotToXml(snapshot).replace(HIGHLIGHT_NAMESPACE, sheetNamespace(sheetId)));
        await ctx.sync();
        return { marked: applied.length, skipped: marks.length - applied.length };
      }),
    );
  }

  clearHighlight(name?: string): Promise<number> {
    return this.guard(name, () =>
      this.run(async (ctx) => {
        const { found, sheets } = await this.loadSnapshots(ctx);
        const targets = found
          .map((f) => ({ ...f, ws: sheets.find((s) => s.id === f.snapshot.sheetId) }))
          .filter((f) => name === undefined || f.ws?.name === name);
        if (!targets.length) return 0;
        // Notes we added must be deleted only if they are still there.
        const work = targets.map((t) => {
          const protection = t.ws ? t.ws.protection.load("protected") : null;
          const cells = Object.entries(t.snapshot.cells).map(([cell, format]) => ({
            cell,
            format,
            note: t.ws && format.note !== undefined ? t.ws.notes.getItemOrNullObject(cell).load("content") : null,
          }));
          return { ...t, protection, cells };
        });
        await ctx.sync();
        let restored = 0;
        for (const w of work) {
          if (w.ws && w.protection?.protected) throw new PortError("protected", { foglio: w.ws.name });
        }
        for (const w of work) {
          if (w.ws) {
            for (const { cell, format, note } of w.cells) {
              const range = w.ws.getRange(cell);
              if (format.fill === null) range.format.fill.clear();
              else range.format.fill.color = format.fill;
              range.format.font.color = format.fontColor;
              for (const e of BORDER_EDGES) {
                const b = range.format.borders.getItem(e);
                const was = format.borders[e];
                // Colour and weight first: setting them can draw a line, so the style comes last.
                b.color = was.color;
                b.weight = was.weight as Excel.BorderWeight;
                b.style = was.style as Excel.BorderLineStyle;
              }
              if (note) {
                if (format.note === null && !note.isNullObject) note.delete();
                else if (typeof format.note === "string") {
                  if (note.isNullObject) w.ws.notes.add(cell, format.note);
                  else note.content = format.note;
                }
              }
              restored++;
            }
          }
          w.part.delete();
        }
        await ctx.sync();
        return restored;
      }),
    );
  }

  highlightState(): Promise<HighlightState[]> {
    return this.guard(undefined, () =>
      this.run(async (ctx) => {
        const { found, sheets } = await this.loadSnapshots(ctx);
        return found.map(({ snapshot }) => ({
          sheet: sheets.find((s) => s.id === snapshot.sheetId)?.name ?? snapshot.sheet,
          cells: Object.keys(snapshot.cells).length,
          at: snapshot.at,
        }));
      }),
    );
  }

  writeReport(report: ReportSheet): Promise<string> {
    return this.guard(report.name, () =>
      this.run(async (ctx) => {
        const typed = (await this.capabilities()).typedValues;
        const old = ctx.workbook.worksheets.getItemOrNullObject(report.name);
        await ctx.sync();
        // eslint-disable-next-line office-addins/call-sync-before-read -- synced on the line above
        if (!old.isNullObject) old.delete();
        const ws = ctx.workbook.worksheets.add(report.name);
        const width = report.rows.reduce((w, r) => Math.max(w, r.length), 1);
        const rows = report.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
        // Text cells get the Text number format first, so nothing typed later becomes a formula either.
        const formats = rows.map((r) => r.map((v) => (typeof v === "number" ? "General" : "@")));
        const range = ws.getRangeByIndexes(0, 0, rows.length, width);
        range.numberFormat = formats;
        if (typed) {
          // Typed values: a String is text whatever it starts with (= + - @ included).
          range.valuesAsJson = rows.map((r) =>
            r.map((v) =>
              typeof v === "number"
                ? ({ type: "Double", basicValue: v } as Excel.CellValue)
                : v === null
                  ? ({ type: "Empty", basicValue: "" } as Excel.CellValue)
                  : ({ type: "String", basicValue: v } as Excel.CellValue),
            ),
          );
        } else {
          range.values = rows.map((r) => r.map((v) => (v === null ? "" : typeof v === "string" ? textLiteral(v) : v)));
        }
        for (const r of report.boldRows) ws.getRangeByIndexes(r, 0, 1, width).format.font.bold = true;
        report.widths?.forEach((w, i) => {
          ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * 6;
        });
        ws.activate();
        await ctx.sync();
        return report.name;
      }),
    );
  }

  createModel(spec: ModelSpec): Promise<string> {
    return this.guard(spec.sheetName, () =>
      this.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
        const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        let name = spec.sheetName.slice(0, 31);
        for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${spec.sheetName.slice(0, 26)} (${i})`;
        const ws = ctx.workbook.worksheets.add(name);
        const headers = ws.getRangeByIndexes(0, 0, 1, spec.columns.length);
        headers.values = [spec.columns.map((c) => textLiteral(c.header))];
        headers.format.font.bold = true;
        headers.format.fill.color = "#DCE6F2";
        headers.format.wrapText = true;
        let lists: Excel.Worksheet | null = null;
        let listColumn = 0;
        spec.columns.forEach((col, i) => {
          const data = ws.getRangeByIndexes(1, i, spec.rows, 1);
          data.numberFormat = Array.from({ length: spec.rows }, () => [NUMBER_FORMATS[col.format]]);
          if (col.list?.length) {
            const inline = col.list.join(",");
            let source = inline;
            if (inline.length > MAX_LIST_SOURCE || col.list.some((v) => v.includes(","))) {
              // Long lists live on a very hidden sheet: an inline list is limited to 255 characters.
              if (!lists) {
                const existing = ctx.workbook.worksheets.getItemOrNullObject(LISTS_SHEET);
                existing.delete();
                lists = ctx.workbook.worksheets.add(LISTS_SHEET);
                lists.visibility = Excel.SheetVisibility.veryHidden;
              }
              const target = lists.getRangeByIndexes(0, listColumn, col.list.length, 1);
              target.values = col.list.map((v) => [textLiteral(v)]);
              source = `=${LISTS_SHEET}!$${colLetter(listColumn + 1)}$1:$${colLetter(listColumn + 1)}$${col.list.length}`;
              listColumn++;
            }
            data.dataValidation.rule = { list: { inCellDropDown: true, source } };
          }
          ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.max(70, Math.min(200, col.header.length * 7));
        });
        ws.freezePanes.freezeRows(1);
        ws.activate();
        await ctx.sync();
        return name;
      }),
    );
  }

  async onChanged(handler: (event: ChangeEvent) => void): Promise<Unsubscribe> {
    const names = new Map<string, string>();
    const result = await this.guard(undefined, () =>
      this.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load("items/id,items/name");
        const registration = ctx.workbook.worksheets.onChanged.add(async (e) => {
          let sheet = names.get(e.worksheetId);
          if (!sheet) {
            await this.run(async (c2) => {
              const ws = c2.workbook.worksheets.getItem(e.worksheetId).load("name");
              await c2.sync();
              names.set(e.worksheetId, ws.name);
            }).catch(() => undefined);
            sheet = names.get(e.worksheetId);
          }
          if (sheet) handler({ sheet, address: e.address });
        });
        await ctx.sync();
        sheets.items.forEach((s) => names.set(s.id, s.name));
        return registration;
      }),
    );
    return async () => {
      await Excel.run(result.context, async (ctx) => {
        result.remove();
        await ctx.sync();
      });
    };
  }
}

/** A string Excel must keep as text: a leading apostrophe stops = + - @ from starting a formula. */
export function textLiteral(v: string): string {
  return /^[=+\-@']/.test(v) ? `'${v}` : v;
}

function colLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
