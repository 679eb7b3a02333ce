/**
 * An office-addin-mock `Excel` over a MemoryWorkbook, for the Office adapter's tests.
 * Every object the adapter touches is an OfficeMockObject (so a property read without load()
 * and sync() gives the mock's "not loaded" text, as in Excel); writes go through to the memory
 * workbook and are recorded, and context.sync() calls are counted.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnLetters, parseCell, type BorderEdge, type CellFormat } from "../../port";
import { cloneFormat, type MemorySheet, type MemoryWorkbook } from "../../memory/workbook";

export interface Write {
  sheet: string;
  target: string;
  property: string;
  value: unknown;
}

export interface ExcelMock {
  Excel: unknown;
  Office: unknown;
  syncs: number;
  writes: Write[];
  /** Ranges read with load("values"): their row counts. */
  chunkRows: number[];
  reset(): void;
}

type Obj = Record<string, unknown>;

export function makeExcelMock(wb: MemoryWorkbook, options: { sets?: string[] } = {}): ExcelMock {
  const sets = options.sets ?? ["1.9", "1.16", "1.18"];
  const created: OfficeMockObject[] = [];
  let syncing = false;
  let internal = 0;
  const state: ExcelMock = {
    Excel: null,
    Office: null,
    syncs: 0,
    writes: [],
    chunkRows: [],
    reset() {
      state.syncs = 0;
      state.writes = [];
      state.chunkRows = [];
    },
  };
  const queue: (() => void)[] = [];
  /** Builds the mock's structure without recording it as the adapter's writes. */
  const quiet = (build: () => void) => {
    internal++;
    try {
      build();
    } finally {
      internal--;
    }
  };

  /** A mock object whose writes (outside sync) are recorded and applied, in order, at sync. */
  function node(data: Obj, sheet: string, target: string, onWrite?: (property: string, value: unknown) => void): Obj {
    const m = new OfficeMockObject(data as never);
    created.push(m);
    const proxy: Obj = new Proxy(m as unknown as Obj, {
      get(obj, property, receiver) {
        const v = Reflect.get(obj, property, receiver);
        if (property !== "load" || typeof v !== "function") return v;
        // load() updates the mock's own properties: not a write by the adapter.
        return (...args: unknown[]) => {
          internal++;
          try {
            v.apply(proxy, args);
            return proxy;
          } finally {
            internal--;
          }
        };
      },
      set(obj, property, value, receiver) {
        if (!syncing && !internal && typeof property === "string" && !property.startsWith("_")) {
          state.writes.push({ sheet, target, property, value });
          if (onWrite) queue.push(() => onWrite(property, value));
        }
        return Reflect.set(obj, property, value, receiver);
      },
    });
    return proxy;
  }
  const later = (sheet: string, target: string, property: string, value: unknown, apply: () => void) => {
    state.writes.push({ sheet, target, property, value });
    queue.push(apply);
  };

  const sheetOf = (s: MemorySheet) => {
    const edit = (address: string, change: (f: CellFormat) => void) => {
      const f = cloneFormat(wb.format(s, address));
      change(f);
      wb.setFormat(s, address, f);
    };
    const rangeAt = (row: number, column: number, rows: number, columns: number): Obj => {
      const address =
        `${columnLetters(column + 1)}${row + 1}` +
        (rows * columns > 1 ? `:${columnLetters(column + columns)}${row + rows}` : "");
      const values: unknown[][] = [];
      const types: string[][] = [];
      for (let r = 0; r < rows; r++) {
        const vr: unknown[] = [];
        const tr: string[] = [];
        for (let c = 0; c < columns; c++) {
          const v = wb.getValue(s, row + r + 1, column + c + 1);
          if (v !== null && typeof v === "object") {
            vr.push(v.error);
            tr.push("Error");
          } else {
            vr.push(v === null ? "" : v);
            tr.push(
              v === null ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String",
            );
          }
        }
        values.push(vr);
        types.push(tr);
      }
      const single = rows === 1 && columns === 1 ? `${columnLetters(column + 1)}${row + 1}` : null;
      const f = single ? wb.format(s, single) : null;
      const range = node(
        {
          values,
          valueTypes: types,
          numberFormat: [],
          valuesAsJson: [],
          select: () =>
            later(s.name, address, "select()", null, () => (wb.selection = { sheet: s.name, cell: address })),
        },
        s.name,
        address,
        (property, value) => {
          if (property === "values" || property === "valuesAsJson") {
            (value as unknown[][]).forEach((r, i) =>
              r.forEach((v, j) => {
                const cell = property === "valuesAsJson" ? (v as { type: string; basicValue: unknown }) : null;
                if (cell)
                  wb.setTyped(
                    s,
                    row + i + 1,
                    column + j + 1,
                    cell.type === "Empty" ? null : (cell.basicValue as never),
                  );
                else wb.setValueLikeExcel(s, row + i + 1, column + j + 1, v === "" ? null : (v as never));
              }),
            );
          }
        },
      );
      const edge = (e: BorderEdge) =>
        node(
          { ...(f ? f.borders[e] : { style: "None", color: "#000000", weight: "Thin" }) },
          s.name,
          `${address}#${e}`,
          (p, v) => {
            if (single) edit(single, (x) => ((x.borders[e] as unknown as Obj)[p] = v));
          },
        );
      const fill = node(
        {
          color: f?.fill ?? "#FFFFFF",
          pattern: f?.fill ? "Solid" : "None",
          clear: () =>
            later(s.name, address, "fill.clear()", null, () => single && edit(single, (x) => (x.fill = null))),
        },
        s.name,
        `${address}#fill`,
        (p, v) => {
          if (single && p === "color") edit(single, (x) => (x.fill = v as string));
        },
      );
      const font = node({ color: f?.fontColor ?? "#000000", bold: false }, s.name, `${address}#font`, (p, v) => {
        if (single && p === "color") edit(single, (x) => (x.fontColor = v as string));
      });
      const format = node({ wrapText: false, columnWidth: 64 }, s.name, `${address}#format`);
      const borders = { getItem: (e: BorderEdge) => edge(e) };
      quiet(() => Object.assign(format, { fill, font, borders, autofitColumns: () => undefined }));
      const dataValidation = node({ rule: {} }, s.name, `${address}#dataValidation`);
      quiet(() => Object.assign(range, { format, dataValidation }));
      return range;
    };
    const note = (address: string) => {
      const content = wb.format(s, address).note;
      const n = node(
        {
          content: content ?? "",
          delete: () => later(s.name, address, "note.delete()", null, () => edit(address, (x) => (x.note = null))),
        },
        s.name,
        `${address}#note`,
        (p, v) => {
          if (p === "content") edit(address, (x) => (x.note = v as string));
        },
      );
      quiet(() => ((n as { isNullObject?: boolean }).isNullObject = content === null || content === undefined));
      return n;
    };
    const ws = node(
      {
        name: s.name,
        id: s.id,
        visibility: s.visible ? "Visible" : "Hidden",
        protection: { protected: s.protected },
        activate: () => later(s.name, "", "activate()", null, () => (wb.activeSheet = s.name)),
        getUsedRangeOrNullObject: () => {
          const used = wb.usedRange(s);
          const r = node(
            used
              ? {
                  rowIndex: used.row - 1,
                  columnIndex: used.column - 1,
                  rowCount: used.lastRow - used.row + 1,
                  columnCount: used.lastColumn - used.column + 1,
                }
              : { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 },
            s.name,
            "usedRange",
          );
          quiet(() => ((r as { isNullObject?: boolean }).isNullObject = !used));
          return r;
        },
        getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
          const r = rangeAt(row, column, rows, columns);
          const load = (r as { load: (p: string) => unknown }).load.bind(r);
          quiet(
            () =>
              ((r as { load: (p: string) => unknown }).load = (p: string) => {
                if (/values/.test(p)) state.chunkRows.push(rows);
                return load(p);
              }),
          );
          return r;
        },
        getCell: (row: number, column: number) => rangeAt(row, column, 1, 1),
        getRange: (address: string) => {
          const at = parseCell(address);
          if (!at) throw new Error(`mock: indirizzo non gestito ${address}`);
          return rangeAt(at.row - 1, at.column - 1, 1, 1);
        },
        notes: {
          getItemOrNullObject: (address: string) => note(address),
          add: (address: string, content: string) =>
            later(s.name, address, "notes.add()", content, () => edit(address, (x) => (x.note = content))),
        },
        freezePanes: { freezeRows: (n: number) => later(s.name, "", "freezeRows()", n, () => (s.freezeRows = n)) },
        delete: () =>
          later(s.name, "", "delete()", null, () => {
            wb.sheets = wb.sheets.filter((x) => x !== s);
            if (wb.activeSheet === s.name) wb.activeSheet = wb.sheets[0]?.name ?? "";
          }),
      },
      s.name,
      "worksheet",
    );
    quiet(() => ((ws as { isNullObject?: boolean }).isNullObject = false));
    return ws;
  };

  const nullSheet = () => {
    const n = node({ delete: () => undefined }, "", "null");
    quiet(() => ((n as { isNullObject?: boolean }).isNullObject = true));
    return n;
  };
  const collection = (items: Obj[]) => ({
    items,
    load(props: string) {
      const own = props
        .split(",")
        .map((p) => p.trim().replace(/^items\//, ""))
        .filter((p) => p !== "items");
      for (const it of items) (it as { load: (p: string) => void }).load(own.join(","));
      return this;
    },
  });

  const partNode = (id: string, namespaceUri: string, xml: string) => {
    const p = node(
      {
        id,
        namespaceUri,
        delete: () => later("", id, "customXmlPart.delete()", null, () => wb.customXmlParts.delete(id)),
      },
      "",
      id,
    );
    const result = { value: "" };
    quiet(() =>
      Object.assign(p, {
        getXml: () => {
          result.value = xml;
          return result;
        },
      }),
    );
    return p;
  };
  let partSeq = 0;

  const workbookMock = {
    get worksheets() {
      const items = wb.sheets.map(sheetOf);
      return {
        ...collection(items),
        getItem: (name: string) => {
          const s = wb.sheets.find((x) => x.name === name || x.id === name);
          if (!s) throw Object.assign(new Error(`ItemNotFound ${name}`), { code: "ItemNotFound" });
          return sheetOf(s);
        },
        getItemOrNullObject: (name: string) => {
          const s = wb.sheet(name);
          return s ? sheetOf(s) : nullSheet();
        },
        getActiveWorksheet: () => sheetOf(wb.sheet(wb.activeSheet)!),
        add: (name: string) => {
          const s = wb.addSheet(name);
          state.writes.push({ sheet: name, target: "", property: "worksheets.add()", value: name });
          const ws = sheetOf(s);
          Object.defineProperty(ws, "visibility", {
            set: (v: string) => {
              state.writes.push({ sheet: name, target: "", property: "visibility", value: v });
              s.visible = v === "Visible";
            },
            get: () => (s.visible ? "Visible" : "Hidden"),
          });
          return ws;
        },
        onChanged: {
          add: (handler: (e: { worksheetId: string; address: string }) => Promise<void>) => {
            const off = wb.subscribe((e) => void handler({ worksheetId: wb.sheet(e.sheet)!.id, address: e.address }));
            return { context: {}, remove: off };
          },
        },
      };
    },
    get customXmlParts() {
      const items = [...wb.customXmlParts].map(([id, p]) => partNode(id, p.namespace, p.xml));
      return {
        ...collection(items),
        add: (xml: string) => {
          const ns = /xmlns="([^"]+)"/.exec(xml)?.[1] ?? "";
          const id = `mock-part-${++partSeq}`;
          later("", id, "customXmlParts.add()", xml, () => wb.customXmlParts.set(id, { namespace: ns, xml }));
        },
      };
    },
  };

  const context = {
    workbook: workbookMock,
    sync: async () => {
      state.syncs++;
      const failure = wb.failNext;
      if (failure) {
        wb.failNext = null;
        queue.length = 0;
        throw Object.assign(new Error(failure), { code: failure.split(":")[0] });
      }
      syncing = true;
      for (const m of created) await m.sync();
      await new Promise((r) => setTimeout(r, 0));
      syncing = false;
      for (const apply of queue.splice(0)) apply();
    },
  };

  state.Excel = {
    run: async (a: unknown, b?: unknown) => {
      const batch = (typeof a === "function" ? a : b) as (ctx: unknown) => Promise<unknown>;
      return batch(context);
    },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  };
  state.Office = {
    context: { requirements: { isSetSupported: (_: string, v: string) => sets.includes(v) } },
  };
  return state;
}
