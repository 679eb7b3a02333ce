/** Files for the reader and CLI tests, built in a temporary folder. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { encryptedXlsx, legacyXls } from "./cfb";

export function makeTmpDir(prefix = "cig-verifica-"): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A workbook with one cell of every kind the reader must convert. With
 * `uncachedFormula`, D3 holds a formula with no cached value.
 */
export async function writeMixedWorkbook(path: string, uncachedFormula = true): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Note").getCell("A1").value = "Istruzioni per la compilazione";
  const ws = wb.addWorksheet("Elenco");
  ws.getRow(1).values = ["Testo", "Numero", "Data", "Formula", "Altro"];
  ws.getCell("A2").value = { richText: [{ text: "Ros", font: { bold: true } }, { text: "si" }] };
  ws.getCell("B2").value = 1234.56;
  ws.getCell("C2").value = new Date(Date.UTC(2026, 0, 1));
  ws.getCell("C2").numFmt = "dd/mm/yyyy";
  ws.getCell("D2").value = { formula: "B2*2", result: 2469.12 };
  ws.getCell("E2").value = { text: "INPS", hyperlink: "https://www.inps.it" };
  ws.getCell("A3").value = "Verdi";
  ws.getCell("B3").value = { error: "#N/A" };
  if (uncachedFormula) ws.getCell("D3").value = { formula: "CIG.MASSIMALE(B3,2026)" };
  ws.getCell("E3").value = true;
  // A shared formula: D4 is the master, D5 a clone; both with cached results.
  ws.getCell("B4").value = 10;
  ws.getCell("B5").value = 20;
  ws.getCell("D4").value = { formula: "B4*2", result: 20, shareType: "shared", ref: "D4:D5" } as ExcelJS.CellValue;
  ws.getCell("D5").value = { sharedFormula: "D4", result: 40 } as ExcelJS.CellValue;
  ws.getCell("A6").value = "Unito";
  ws.mergeCells("A6:C6");
  ws.getCell("A7").value = "dopo la cella unita";
  await wb.xlsx.writeFile(path);
}

/** A workbook where a formula's cached result is an error (the streaming reader loses its text). */
export async function writeFormulaErrorWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Foglio1");
  ws.getCell("A1").value = "Codice";
  ws.getCell("A2").value = { formula: "VLOOKUP(1,B:C,2,FALSE)", result: { error: "#N/A" } };
  ws.getCell("A3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("A4").value = "ok";
  await wb.xlsx.writeFile(path);
}

export async function writeZipNotXlsx(path: string): Promise<void> {
  const zip = new JSZip();
  zip.file("leggimi.txt", "Questo archivio non è una cartella di lavoro.");
  zip.file("dati/elenco.csv", "Cognome;Nome\nRossi;Mario\n");
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
}

export function writeTextAsXlsx(path: string): void {
  writeFileSync(path, "Cognome;Nome;Codice fiscale\nRossi;Mario;RSSMRA85T10A562S\n", "utf8");
}

export function writeEncrypted(path: string): void {
  writeFileSync(path, encryptedXlsx());
}

export function writeLegacyXls(path: string): void {
  writeFileSync(path, legacyXls());
}
