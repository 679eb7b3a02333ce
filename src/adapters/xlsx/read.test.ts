import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { readXlsxFile, XlsxReadError } from "./read";
import {
  makeTmpDir,
  writeEncrypted,
  writeFormulaErrorWorkbook,
  writeLegacyXls,
  writeMixedWorkbook,
  writeTextAsXlsx,
  writeZipNotXlsx,
} from "../../../test/cli/fixtures";

const tmp = makeTmpDir("cig-read-");
afterAll(() => tmp.cleanup());
const file = (name: string) => join(tmp.dir, name);

async function failureOf(path: string, sheet?: string): Promise<XlsxReadError> {
  try {
    await readXlsxFile(path, { sheet });
  } catch (error) {
    if (error instanceof XlsxReadError) return error;
    throw error;
  }
  throw new Error(`${path} was read without error`);
}

const MIXED_VALUES = [
  ["Testo", "Numero", "Data", "Formula", "Altro"],
  ["Rossi", 1234.56, 46023, 2469.12, "INPS"],
  ["Verdi", { error: "#N/A" }, null, null, true],
  [null, 10, null, 20],
  [null, 20, null, 40],
  ["Unito"],
  ["dopo la cella unita"],
];

describe("readXlsxFile on a real workbook", () => {
  const path = file("misto.xlsx");
  const cached = file("misto-calcolato.xlsx");
  beforeAll(async () => {
    await writeMixedWorkbook(path);
    await writeMixedWorkbook(cached, false);
  });

  test("every sheet, in file order", async () => {
    const book = await readXlsxFile(path);
    expect(book.sheetNames).toEqual(["Note", "Elenco"]);
    expect(book.sheets.map((s) => s.sheet)).toEqual(["Note", "Elenco"]);
  });

  test("streaming reader: rich text, dates, cached formula values, shared formulas, hyperlinks, errors, merges", async () => {
    const book = await readXlsxFile(cached, { sheet: "Elenco" });
    expect(book.reader).toBe("stream");
    const [sheet] = book.sheets;
    expect(sheet.origin).toEqual({ row: 1, column: 1 });
    expect(sheet.values).toEqual(MIXED_VALUES);
    expect(sheet.formulasWithoutValue).toBeUndefined();
  });

  test("a formula without cached value beside an error cell: the full reader, same values, the cell listed", async () => {
    const book = await readXlsxFile(path, { sheet: "Elenco" });
    expect(book.reader).toBe("full");
    const [sheet] = book.sheets;
    expect(sheet.values).toEqual(MIXED_VALUES);
    expect(sheet.formulasWithoutValue).toEqual([[2, 3]]);
  });

  test("the sheet name is matched ignoring case; an unknown one lists the sheets", async () => {
    expect((await readXlsxFile(path, { sheet: " elenco " })).sheets[0].sheet).toBe("Elenco");
    const error = await failureOf(path, "Riepilogo");
    expect(error.failure).toBe("foglio-assente");
    expect(error.message).toBe(`Nel file «${path}» non c'è il foglio «Riepilogo». Fogli presenti: «Note», «Elenco».`);
  });
});

test("formulas without cached value and no error cell: the streaming reader is enough", async () => {
  const path = file("senza-valore.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Foglio1");
  ws.getCell("A1").value = 2;
  ws.getCell("B1").value = { formula: "A1*2" };
  ws.getCell("B3").value = { formula: "A1*3", result: 6 };
  await wb.xlsx.writeFile(path);
  const book = await readXlsxFile(path);
  expect(book.reader).toBe("stream");
  expect(book.sheets[0].values).toEqual([[2, null], [], [null, 6]]);
  expect(book.sheets[0].formulasWithoutValue).toEqual([[0, 1]]);
});

test("a formula whose cached result is 0 keeps it, with both readers (ExcelJS drops falsy results from cell.value)", async () => {
  const path = file("risultati-falsi.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Foglio1");
  ws.getCell("A1").value = 0.15;
  ws.getCell("B1").value = { formula: "IF(A1>0.2,100,0)", result: 0 };
  ws.getCell("C1").value = { formula: "A1-A1", result: 0 };
  ws.getCell("D1").value = { formula: "A1*2" };
  await wb.xlsx.writeFile(path);
  const streamed = await readXlsxFile(path);
  expect(streamed.reader).toBe("stream");
  expect(streamed.sheets[0].values).toEqual([[0.15, 0, 0, null]]);
  expect(streamed.sheets[0].formulasWithoutValue).toEqual([[0, 3]]);
  // An error cell beside the uncached formula sends the file to the full reader.
  ws.getCell("E1").value = { error: "#N/A" };
  await wb.xlsx.writeFile(path);
  const full = await readXlsxFile(path);
  expect(full.reader).toBe("full");
  expect(full.sheets[0].values).toEqual([[0.15, 0, 0, null, { error: "#N/A" }]]);
  expect(full.sheets[0].formulasWithoutValue).toEqual([[0, 3]]);
});

test("error cells on one sheet and uncached formulas on another: each sheet judged on its own", async () => {
  const path = file("due-fogli.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Errori").getCell("A1").value = { error: "#REF!" };
  wb.addWorksheet("Formule").getCell("A1").value = { formula: "1+1" };
  await wb.xlsx.writeFile(path);
  const book = await readXlsxFile(path);
  expect(book.reader).toBe("stream");
  expect(book.sheets.map((s) => s.values)).toEqual([[[{ error: "#REF!" }]], [[null]]]);
});

test("a cached error result of a formula: re-read with the full reader, error text kept", async () => {
  const path = file("errori-formula.xlsx");
  await writeFormulaErrorWorkbook(path);
  const book = await readXlsxFile(path);
  expect(book.reader).toBe("full");
  expect(book.sheets[0].values).toEqual([["Codice"], [{ error: "#N/A" }], [{ error: "#DIV/0!" }], ["ok"]]);
});

describe("files that are not readable workbooks", () => {
  test("missing file", async () => {
    const error = await failureOf(file("non-esiste.xlsx"));
    expect(error.failure).toBe("mancante");
    expect(error.message).toBe(`File non trovato: «${file("non-esiste.xlsx")}».`);
  });

  test("a folder", async () => {
    mkdirSync(file("cartella.xlsx"));
    expect((await failureOf(file("cartella.xlsx"))).failure).toBe("cartella");
  });

  test("an empty file", async () => {
    writeFileSync(file("vuoto.xlsx"), "");
    expect((await failureOf(file("vuoto.xlsx"))).message).toMatch(/è vuoto/);
  });

  test("a text file renamed .xlsx", async () => {
    writeTextAsXlsx(file("testo.xlsx"));
    const error = await failureOf(file("testo.xlsx"));
    expect(error.failure).toBe("non-xlsx");
    expect(error.message).toMatch(/non è una cartella di lavoro Excel \.xlsx/);
  });

  test("a zip that is not a workbook", async () => {
    await writeZipNotXlsx(file("archivio.xlsx"));
    const error = await failureOf(file("archivio.xlsx"));
    expect(error.failure).toBe("zip-non-xlsx");
    expect(error.message).toMatch(/è un archivio zip ma non una cartella di lavoro/);
  });

  test("a password-protected workbook (OLE compound file)", async () => {
    writeEncrypted(file("protetto.xlsx"));
    const error = await failureOf(file("protetto.xlsx"));
    expect(error.failure).toBe("cifrato");
    expect(error.message).toMatch(/protetto da password/);
  });

  test("an Excel 97-2003 workbook", async () => {
    writeLegacyXls(file("vecchio.xlsx"));
    expect((await failureOf(file("vecchio.xlsx"))).failure).toBe("xls");
  });

  test("a truncated .xlsx", async () => {
    await writeMixedWorkbook(file("intero.xlsx"));
    const whole = readFileSync(file("intero.xlsx"));
    writeFileSync(file("troncato.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
    expect((await failureOf(file("troncato.xlsx"))).failure).toBe("danneggiato");
  });
});
