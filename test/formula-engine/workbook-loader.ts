/**
 * Reads an .xlsx file with ExcelJS into HyperFormula sheets: values as Excel holds
 * them (dates as 1900-system serials, errors as error literals) and formulas as
 * text, normalised so that HyperFormula can parse what Excel writes to disk.
 *
 * How Excel saves an Office.js custom function: with the `_xldudf_` prefix and the
 * namespace dots turned into underscores, upper case — `=CIG.MASSIMALE(A2,B2)` is
 * stored as `_xldudf_CIG_MASSIMALE(A2,B2)` (maintainer comment in
 * OfficeDev/Excel-Custom-Functions#108; `ABC.GET_PB_OPT_ORDER_ANALYSIS` shown as
 * `_xldudf_ABC_GET_PB_OPT_ORDER_ANALYSIS` in office-js#3872, `SAP.GetData` as
 * `_xldudf_SAP_GETDATA` in office-js#4811). When Excel could not bind the add-in the
 * name also carries an external-workbook qualifier: `[2]!_xldudf_…` (office-js#2568),
 * `BloombergUI.xla!_xldudf_…` (#3872), `'C:\…\FUNCRES.XLAM'!_xldudf_…` (#4811).
 * A name unknown to Excel when typed is stored as `_xludf.NAME` (the OOXML marker for
 * user-defined functions). Built-ins added after Excel 2007 carry `_xlfn.` /
 * `_xlfn._xlws.`, which HyperFormula 3.5 does not accept either (hyperformula#1655);
 * and Excel's bare TRUE / FALSE literals become HyperFormula's TRUE() / FALSE().
 */
import ExcelJS from "exceljs";
import type { RawCellContent } from "hyperformula";
import type { CatalogueFunction } from "./catalogue";
import type { Sheets } from "./hyperformula-plugin";

const DAY_MS = 86_400_000;

/** The 1900-system serial of a date as ExcelJS returns it (UTC midnight, plus a time of day). */
export function serialFromDate(d: Date): number {
  const days = (d.getTime() - Date.UTC(1899, 11, 30)) / DAY_MS;
  // Serials 1–59 (1900-01-01 … 1900-02-28) sit before Excel's fictitious 29/02/1900.
  return days < 61 ? days - 1 : days;
}

/** The `_xldudf_` spelling of each catalogue name: dots become underscores, upper case. */
export function savedNames(catalogue: CatalogueFunction[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const fn of catalogue) {
    const key = fn.fullName.replace(/\./g, "_").toUpperCase();
    const other = map.get(key);
    if (other && other !== fn.fullName) throw new Error(`${other} and ${fn.fullName} are both saved as _xldudf_${key}`);
    map.set(key, fn.fullName);
  }
  return map;
}

const XLDUDF = /(?:'(?:[^']|'')*'!|\[\d+\]!|[A-Za-z0-9_.\\:-]+\.xla[m]?!)?_xldudf_([A-Za-z0-9_]+)\s*\(/gi;
const XLUDF = /_xludf\.([A-Za-z][A-Za-z0-9_.]*)\s*\(/gi;
const XLFN = /_xlfn\.(?:_xlws\.)?/gi;
/** Excel's boolean literals; HyperFormula 3.5 only knows the functions TRUE() and FALSE(). */
const BOOLEAN = /(^|[^A-Za-z0-9_.!$'\]])(TRUE|FALSE)(?![A-Za-z0-9_.(!])/gi;

/** A formula as Excel stores it → the formula as typed (`CIG.MASSIMALE(...)`); string literals untouched. */
export function normaliseFormula(formula: string, names: Map<string, string>): string {
  // Split on "…" string literals (a quote inside one is written "").
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part
        .replace(XLDUDF, (whole, name: string) => {
          const full = names.get(name.toUpperCase());
          return full ? `${full}(` : whole;
        })
        .replace(XLUDF, (_whole, name: string) => `${name}(`)
        .replace(XLFN, "")
        .replace(BOOLEAN, (_whole, before: string, word: string) => `${before}${word.toUpperCase()}()`);
    })
    .join("");
}

function cellContent(cell: ExcelJS.Cell, names: Map<string, string>): RawCellContent {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (
    cell.type === ExcelJS.ValueType.Formula ||
    (typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v))
  ) {
    const f = cell.formula;
    return `=${normaliseFormula(f.startsWith("=") ? f.slice(1) : f, names)}`;
  }
  if (v instanceof Date) return serialFromDate(v);
  if (typeof v === "number" || typeof v === "boolean") return v;
  // A text cell stays text ("2025", "VERO", "31/01/2024"): HyperFormula would parse a bare string.
  if (typeof v === "string") return `'${v}`;
  if (typeof v === "object") {
    if ("error" in v) return String((v as { error: unknown }).error);
    if ("richText" in v) return `'${(v as { richText: { text: string }[] }).richText.map((t) => t.text).join("")}`;
    if ("text" in v) return `'${String((v as { text: unknown }).text)}`;
  }
  return `'${String(v)}`;
}

export interface LoadedWorkbook {
  sheets: Sheets;
  /** Sheet names in workbook order. */
  order: string[];
}

/** Every worksheet of an .xlsx file as HyperFormula sheet content. */
export async function loadWorkbook(file: string, catalogue: CatalogueFunction[]): Promise<LoadedWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names = savedNames(catalogue);
  const sheets: Sheets = {};
  const order: string[] = [];
  wb.eachSheet((ws) => {
    const rows: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const out: RawCellContent[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        out[c - 1] = cellContent(cell, names);
      });
      rows[r - 1] = Array.from(out, (x) => x ?? null);
    });
    sheets[ws.name] = Array.from(rows, (x) => x ?? []);
    order.push(ws.name);
  });
  return { sheets, order };
}
