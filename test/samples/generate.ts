/**
 * Writes the sample workbooks of assets/esempi: for each Ministry model profile,
 * a clean list ("-corretto") and one with typical mistakes ("-errori"), one
 * mistake per check, each on its own row. `plan()` says which finding every
 * planted mistake must produce (rule id and cell); test/cli/samples.test.ts
 * runs cig-verifica on the files and checks it.
 *
 *   npx tsx test/samples/generate.ts [folder]     (default: assets/esempi)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { dec } from "../../src/engine/money";
import { columnLetter, profileOf, type SampleCell, type SampleRow, type SampleSpec } from "./model";
import { MOBILITA_DEROGA_SAMPLE } from "./mobilita-deroga";
import { CIGS_AREE_CRISI_SAMPLE } from "./cigs-aree-crisi";
import { CIGD_COVID_PAT_SAMPLE } from "./cigd-covid-pat";
import { SGRAVIO_SOLIDARIETA_SAMPLE } from "./sgravio-solidarieta";

export const SAMPLES: readonly SampleSpec[] = [
  MOBILITA_DEROGA_SAMPLE,
  CIGS_AREE_CRISI_SAMPLE,
  CIGD_COVID_PAT_SAMPLE,
  SGRAVIO_SOLIDARIETA_SAMPLE,
];

/** Sheet row of the header (a title above it, then a subtitle or a blank row). */
export const HEADER_ROW = 3;
const FIRST_DATA_ROW = HEADER_ROW + 1;
/** Person numbers of the mistake rows start here, away from the clean rows'. */
const MISTAKE_PEOPLE = 1000;

export interface PlantedFinding {
  ruleId: string;
  cell: string;
  what: string;
}

export interface SamplePlan {
  spec: SampleSpec;
  file: string;
  errors: boolean;
  /** Column keys, then headers, in sheet order. */
  keys: string[];
  headers: string[];
  /** Data rows (from FIRST_DATA_ROW), then the totals row (null: none). */
  rows: SampleRow[];
  totals: SampleRow | null;
  planted: PlantedFinding[];
}

/** Where each sample goes and what it holds, without writing anything. */
export function plan(spec: SampleSpec, errors: boolean): SamplePlan {
  const profile = profileOf(spec.profileId);
  const keys = [...(spec.columns ?? profile.columns.map((c) => c.key))];
  const headers = keys.map((k) => {
    const column = profile.columns.find((c) => c.key === k);
    if (!column) throw new Error(`${spec.profileId}: no column ${k}`);
    return column.header;
  });
  const planted: PlantedFinding[] = [];
  if (errors) {
    for (const [key, header, ruleId] of spec.extraColumns ?? []) {
      keys.push(key);
      headers.push(header);
      planted.push({
        ruleId: ruleId ?? "modello.colonna.non-riconosciuta",
        cell: `${columnLetter(keys.length)}${HEADER_ROW}`,
        what: ruleId ? `column "${header}" (${ruleId})` : `column "${header}" not in the model`,
      });
    }
  }
  const cell = (key: string, sheetRow: number) => `${columnLetter(keys.indexOf(key) + 1)}${sheetRow}`;
  const rows: SampleRow[] = [];
  for (let i = 0; i < spec.cleanRows; i++) rows.push(spec.row(i));
  if (errors) {
    let person = MISTAKE_PEOPLE;
    for (const mistake of spec.mistakes) {
      const first = FIRST_DATA_ROW + rows.length;
      const made = mistake.rows((j) => spec.row(person + j));
      person += made.length;
      rows.push(...made);
      for (const e of mistake.expect) {
        if (!keys.includes(e.key)) throw new Error(`${spec.profileId}: mistake on missing column ${e.key}`);
        const at = e.header ? HEADER_ROW : first + (e.row ?? 0);
        planted.push({ ruleId: e.ruleId, cell: cell(e.key, at), what: mistake.what });
      }
    }
  }
  const file = `${spec.stem}-${errors ? "errori" : "corretto"}.xlsx`;
  if (spec.totalKeys.length === 0) return { spec, file, errors, keys, headers, rows, totals: null, planted };
  const totalsRow = FIRST_DATA_ROW + rows.length;
  const totals: SampleRow = { [keys[0]]: "Totale" };
  for (const key of spec.totalKeys) {
    let sum = dec(0);
    for (const r of rows) {
      const v = valueOf(r[key]);
      if (typeof v === "number") sum = sum.plus(v);
    }
    const first = cell(key, FIRST_DATA_ROW);
    const last = cell(key, totalsRow - 1);
    let result = sum.toNumber();
    if (errors && spec.totalsMistake?.key === key) {
      result = sum.plus(spec.totalsMistake.delta).toNumber();
      planted.push({
        ruleId: spec.totalsMistake.ruleId,
        cell: cell(key, totalsRow),
        what: "totals row that is not the sum of its column",
      });
      totals[key] = result; // typed over the formula, as people do
    } else {
      totals[key] = { formula: `SUM(${first}:${last})`, result };
    }
  }
  return { spec, file, errors, keys, headers, rows, totals, planted };
}

function valueOf(c: SampleCell | undefined): SampleCell | undefined {
  if (c !== null && typeof c === "object" && !(c instanceof Date) && "formula" in c) return c.result ?? null;
  return c;
}

/** A row's cells in sheet order, with "{key}" in formulas replaced by that column's cell on the same row. */
function cells(p: SamplePlan, row: SampleRow, sheetRow: number): ExcelJS.CellValue[] {
  return p.keys.map((key) => {
    const c = row[key];
    if (c === undefined || c === null) return null;
    if (typeof c === "object" && !(c instanceof Date) && "formula" in c) {
      const formula = c.formula.replace(
        /\{(\w+)\}/g,
        (_, k: string) => `${columnLetter(p.keys.indexOf(k) + 1)}${sheetRow}`,
      );
      return c.result === undefined ? { formula } : { formula, result: c.result };
    }
    return c as ExcelJS.CellValue;
  });
}

/** Fixed document dates, so that regenerating gives the same workbook contents. */
const STAMP = new Date(Date.UTC(2026, 0, 1));

/** The same zip with every entry dated STAMP, so that regenerating gives byte-identical files. */
async function stableZip(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.forEach((_, entry) => {
    entry.date = STAMP;
  });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "UNIX" });
}

export async function writeSample(p: SamplePlan, folder: string): Promise<string> {
  const profile = profileOf(p.spec.profileId);
  const wb = new ExcelJS.Workbook();
  wb.creator = "cig-verifica – dati di esempio";
  wb.created = STAMP;
  wb.modified = STAMP;
  const ws = wb.addWorksheet(p.spec.sheetName, { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  ws.getCell(1, 1).value = p.spec.title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  if (p.spec.subtitle !== undefined) {
    ws.getCell(2, 1).value = p.spec.subtitle;
    ws.getCell(2, 1).font = { italic: true };
  }
  const header = ws.getRow(HEADER_ROW);
  header.values = p.headers;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  p.rows.forEach((r, i) => (ws.getRow(FIRST_DATA_ROW + i).values = cells(p, r, FIRST_DATA_ROW + i)));
  if (p.totals) {
    const totalsRow = ws.getRow(FIRST_DATA_ROW + p.rows.length);
    totalsRow.values = cells(p, p.totals, FIRST_DATA_ROW + p.rows.length);
    totalsRow.font = { bold: true };
  }
  p.keys.forEach((key, i) => {
    const column = ws.getColumn(i + 1);
    const type = profile.columns.find((c) => c.key === key)?.type;
    column.width = Math.max(12, Math.min(34, p.headers[i].length + 2));
    if (type === "date") column.numFmt = "dd/mm/yyyy";
    if (type === "importo") column.numFmt = "#,##0.00";
    if (type === "percentuale") column.numFmt = "0%";
  });
  mkdirSync(folder, { recursive: true });
  const path = join(folder, p.file);
  writeFileSync(path, await stableZip(Buffer.from(await wb.xlsx.writeBuffer())));
  return path;
}

/** Writes every sample into `folder`; returns the plans. */
export async function generateSamples(folder: string): Promise<SamplePlan[]> {
  const plans: SamplePlan[] = [];
  for (const spec of SAMPLES) {
    for (const errors of [false, true]) {
      const p = plan(spec, errors);
      await writeSample(p, folder);
      plans.push(p);
    }
  }
  return plans;
}

if (require.main === module) {
  const folder = resolve(process.argv[2] ?? join(__dirname, "..", "..", "assets", "esempi"));
  generateSamples(folder).then(
    (plans) => {
      for (const p of plans)
        console.log(`${join(folder, p.file)}: ${p.rows.length} righe, ${p.planted.length} rilievi attesi`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
