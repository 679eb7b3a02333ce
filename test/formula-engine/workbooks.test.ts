/**
 * The fixture workbooks (test/fixtures/generators/generate-workbooks.ts) evaluated by a real
 * formula engine: every result cell against its expected value, errors by type and
 * Italian message.
 */
import * as fs from "fs";
import * as path from "path";
import { DetailedCellError, type CellValue, type HyperFormula, type RawCellContent } from "hyperformula";
import { COLUMNS } from "../fixtures/generators/generate-workbooks";
import { loadCatalogue, missingAdapters, type CatalogueFunction } from "./catalogue";
import { buildEngine, UNCAUGHT_PREFIX } from "./hyperformula-plugin";
import { loadWorkbook, normaliseFormula, savedNames, serialFromDate } from "./workbook-loader";

const DIR = path.resolve(__dirname, "../fixtures/workbooks");
const FILES = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();
const ERRORS = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NAME?", "#REF!", "#SPILL!", "#ERROR!"]);

let catalogue: CatalogueFunction[];
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

/** A text cell as typed (the loader marks text with a leading apostrophe). */
function typed(v: RawCellContent | undefined): RawCellContent {
  if (v === undefined) return null;
  return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
}

function describeValue(v: CellValue): string {
  return v instanceof DetailedCellError ? `${v.value} «${v.message}»` : JSON.stringify(v);
}

/** Null when the cell matches, else what is wrong. */
export function mismatch(actual: CellValue, expected: RawCellContent, message: RawCellContent): string | null {
  if (actual instanceof DetailedCellError && actual.message.startsWith(UNCAUGHT_PREFIX))
    return `eccezione: ${actual.message}`;
  if (typeof expected === "string" && ERRORS.has(expected)) {
    if (!(actual instanceof DetailedCellError)) return `atteso ${expected}, ottenuto ${describeValue(actual)}`;
    if (actual.value !== expected) return `atteso ${expected}, ottenuto ${describeValue(actual)}`;
    if (typeof message === "string" && message !== "" && !actual.message.includes(message)) {
      return `messaggio «${actual.message}» senza «${message}»`;
    }
    return null;
  }
  if (typeof expected === "number") {
    return typeof actual === "number" && Math.abs(actual - expected) < 1e-9
      ? null
      : `atteso ${expected}, ottenuto ${describeValue(actual)}`;
  }
  if (expected === null || expected === undefined)
    return actual === null ? null : `atteso vuoto, ottenuto ${describeValue(actual)}`;
  return actual === expected ? null : `atteso ${JSON.stringify(expected)}, ottenuto ${describeValue(actual)}`;
}

function columnLetter(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface Evaluated {
  hf: HyperFormula;
  formulas: string[];
  compared: number;
  failures: string[];
}

async function evaluate(file: string): Promise<Evaluated> {
  const { sheets } = await loadWorkbook(path.join(DIR, file), catalogue);
  const hf = buildEngine(catalogue, sheets);
  const failures: string[] = [];
  const formulas: string[] = [];
  let compared = 0;
  for (const [name, rows] of Object.entries(sheets)) {
    for (const row of rows) for (const c of row) if (typeof c === "string" && c.startsWith("=")) formulas.push(c);
    void name;
  }
  const calcId = hf.getSheetId("calcoli");
  if (calcId !== undefined) {
    sheets.calcoli.forEach((row, r) => {
      if (r === 0) return;
      const formula = row[COLUMNS.formula - 1];
      if (typeof formula !== "string" || !formula.startsWith("=")) return;
      const actual = hf.getCellValue({ sheet: calcId, row: r, col: COLUMNS.formula - 1 });
      const problem = mismatch(actual, typed(row[COLUMNS.expected - 1]), typed(row[COLUMNS.message - 1]));
      compared++;
      if (problem)
        failures.push(
          `calcoli!${columnLetter(COLUMNS.formula)}${r + 1} ${formula} (${typed(row[COLUMNS.label - 1])}): ${problem}`,
        );
    });
  }
  (sheets.attesi ?? []).forEach((row, r) => {
    const sheetName = typed(row[0]);
    if (r === 0 || typeof sheetName !== "string") return;
    const sheet = hf.getSheetId(sheetName);
    const addr = sheet === undefined ? undefined : hf.simpleCellAddressFromString(String(typed(row[1])), sheet);
    compared++;
    if (!addr) {
      failures.push(`attesi riga ${r + 1}: cella ${sheetName}!${typed(row[1])} inesistente`);
      return;
    }
    const problem = mismatch(hf.getCellValue(addr), typed(row[2]), typed(row[3]));
    if (problem) failures.push(`${sheetName}!${typed(row[1])} (${typed(row[4])}): ${problem}`);
  });
  return { hf, formulas, compared, failures };
}

describe("fixture workbooks evaluated by HyperFormula", () => {
  const formulasByFile = new Map<string, string[]>();

  test("there are fixture workbooks", () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  test("every function in the generated metadata has an adapter exported by src/functions/index.ts", async () => {
    expect(await missingAdapters()).toEqual([]);
  });

  test.each(FILES)("%s: every expected cell matches", async (file) => {
    const { hf, formulas, compared, failures } = await evaluate(file);
    formulasByFile.set(file, formulas);
    hf.destroy();
    expect(compared).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  test("every catalogue function is called by some fixture formula", async () => {
    for (const file of FILES) if (!formulasByFile.has(file)) formulasByFile.set(file, (await evaluate(file)).formulas);
    const all = [...formulasByFile.values()].flat().join("\n").toUpperCase();
    const missing = catalogue
      .filter((fn) => !new RegExp(`${fn.fullName.replace(/\./g, "\\.")}\\(`).test(all))
      .map((fn) => fn.fullName);
    expect(missing).toEqual([]);
  });
});

describe("Excel's saved forms of custom functions", () => {
  test("each form is normalised to the typed name; strings and other names untouched", () => {
    const names = savedNames(catalogue);
    const cases: [string, string][] = [
      ["_xldudf_CIG_MASSIMALE(A2,B2)", "CIG.MASSIMALE(A2,B2)"],
      ["_xldudf_cig_addizionale_aliquota(A2)", "CIG.ADDIZIONALE.ALIQUOTA(A2)"],
      ["[2]!_xldudf_CIG_MASSIMALE(A2)", "CIG.MASSIMALE(A2)"],
      ["BloombergUI.xla!_xldudf_CIG_MASSIMALE(A2)", "CIG.MASSIMALE(A2)"],
      ["'C:\\Program Files\\FUNCRES.XLAM'!_xldudf_CIG_MASSIMALE(A2)", "CIG.MASSIMALE(A2)"],
      ["_xludf.CIG.MASSIMALE(A2)", "CIG.MASSIMALE(A2)"],
      ["_xlfn.IFS(A1,_xldudf_CIG_MASSIMALE(2024))", "IFS(A1,CIG.MASSIMALE(2024))"],
      ['CONCAT("_xldudf_CIG_MASSIMALE(",A1)', 'CONCAT("_xldudf_CIG_MASSIMALE(",A1)'],
      ["_xldudf_ALTRO_ADDIN(A1)", "_xldudf_ALTRO_ADDIN(A1)"],
      ['CIG.MASSIMALE(2024,,TRUE,"x")+IF(FALSE,1,0)', 'CIG.MASSIMALE(2024,,TRUE(),"x")+IF(FALSE(),1,0)'],
      ['IF(TRUE(),"TRUE",Foglio1!A1)', 'IF(TRUE(),"TRUE",Foglio1!A1)'],
    ];
    for (const [saved, typed] of cases) expect(normaliseFormula(saved, names)).toBe(typed);
  });

  test("every catalogue name has a distinct saved form", () => {
    const names = savedNames(catalogue);
    expect(names.size).toBe(catalogue.length);
    for (const fn of catalogue)
      expect(normaliseFormula(`_xldudf_${fn.fullName.replace(/\./g, "_")}(1)`, names)).toBe(`${fn.fullName}(1)`);
  });

  test("dates read from a file become 1900-system serials", () => {
    expect(serialFromDate(new Date(Date.UTC(1900, 0, 1)))).toBe(1);
    expect(serialFromDate(new Date(Date.UTC(1900, 1, 28)))).toBe(59);
    expect(serialFromDate(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(serialFromDate(new Date(Date.UTC(2024, 0, 31)))).toBe(45322);
  });
});
