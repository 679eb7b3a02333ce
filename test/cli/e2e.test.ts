/**
 * cig-verifica end to end: the committed bin shim spawned as a user runs it,
 * on files built in a temporary folder.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import * as ExcelJS from "exceljs";
import { makeTmpDir, writeEncrypted, writeTextAsXlsx, writeZipNotXlsx } from "./fixtures";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "src", "cli", "cig-verifica.js");
const tmp = makeTmpDir("cig-e2e-");
afterAll(() => tmp.cleanup());
const file = (name: string) => join(tmp.dir, name);

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Headers of the mobilità in deroga model; data rows are given as arrays in the same order. */
const HEADERS = [
  "Regione",
  "Area di crisi industriale complessa",
  "Cognome",
  "Nome",
  "Codice fiscale",
  "Azienda di provenienza",
  "Codice fiscale azienda",
  "Trattamento al 01/01/2017",
  "Data fine trattamento precedente",
  "Data inizio periodo",
  "Data fine periodo",
  "Numero mesi",
  "Importo mensile (€)",
  "Fabbisogno individuale (€)",
  "Data patto di servizio",
  "Misure di politica attiva",
  "Data avvio percorso",
  "Durata percorso (ore)",
  "Esito percorsi anno precedente",
  "Informativa privacy sottoscritta",
];
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const ROW = [
  "Sardegna",
  "Portovesme",
  "Rossi",
  "Mario",
  "RSSMRA85T10A562S",
  "Metalli Sulcis S.p.A.",
  "01234567897",
  "mobilità in deroga",
  d(2025, 12, 31),
  d(2026, 1, 1),
  d(2026, 12, 31),
  12,
  950,
  11400,
  d(2025, 12, 15),
  "Formazione professionale",
  d(2026, 2, 2),
  120,
  "Percorso concluso",
  "Sì",
];

async function writeModel(path: string, rows: unknown[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Elenco");
  ws.addRow(["Elenco beneficiari della mobilità in deroga 2026"]);
  ws.addRow([]);
  ws.addRow(HEADERS);
  rows.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(path);
}

const CLEAN = file("pulito.xlsx");
const DIRTY = file("errori.xlsx");
beforeAll(async () => {
  await writeModel(CLEAN, [ROW]);
  const wrongCf = [...ROW];
  wrongCf[4] = "RSSMRA85T10A562X";
  await writeModel(DIRTY, [ROW, wrongCf]);
});

describe("bad input: exit 2 and one Italian line, no stack trace", () => {
  const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:/);

  test("missing file", () => {
    const r = cli(file("manca.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`File non trovato: «${file("manca.xlsx")}».`);
    noStack(r.stderr);
  });

  test(".txt renamed .xlsx", () => {
    writeTextAsXlsx(file("testo.xlsx"));
    const r = cli(file("testo.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("non è una cartella di lavoro Excel .xlsx");
  });

  test("a zip that is not a workbook", async () => {
    await writeZipNotXlsx(file("archivio.xlsx"));
    const r = cli(file("archivio.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("è un archivio zip ma non una cartella di lavoro Excel .xlsx");
  });

  test("an encrypted workbook (OLE compound file)", () => {
    writeEncrypted(file("protetto.xlsx"));
    const r = cli("--json", file("protetto.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("è protetto da password");
    expect(JSON.parse(r.stdout).errors[0].message).toContain("è protetto da password");
  });

  test("no model sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Appunti").addRow(["Riunione del 3 marzo", "ore 10"]);
    await wb.xlsx.writeFile(file("appunti.xlsx"));
    const r = cli(file("appunti.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      "nessun foglio ha le intestazioni di un modello ministeriale (fogli esaminati: «Appunti»)",
    );
  });

  test("unknown option and no file", () => {
    expect(cli("--boh", CLEAN)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Opzione sconosciuta: «--boh»."),
    });
    expect(cli()).toMatchObject({ code: 2, stderr: expect.stringContaining("Indicare almeno un file .xlsx") });
  });
});

test("--aiuto: Italian help listing the profiles, exit 0", () => {
  const r = cli("--aiuto");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Uso: cig-verifica [opzioni] FILE.xlsx");
  for (const id of ["mobilita-deroga", "cigs-aree-crisi", "cigd-covid-pat", "sgravio-solidarieta"])
    expect(r.stdout).toContain(id);
});

test("a model sheet with a wrong codice fiscale: exit 1, the error on E5, Italian text", () => {
  const r = cli("--oggi", "2026-06-30", DIRTY);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("Foglio «Elenco» — modello: Mobilità in deroga 2026");
  expect(r.stdout).toContain("intestazioni alla riga 3");
  expect(r.stdout).toMatch(/ERRORI \(\d+\)/);
  expect(r.stdout).toMatch(/\n {2}E5 · Codice fiscale — /);
});

test("--json shape, and --solo-errori keeps only errors", () => {
  const r = cli("--json", "--oggi", "2026-06-30", DIRTY, CLEAN);
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.stdout);
  expect(Object.keys(doc).sort()).toEqual(["errors", "files", "summary"]);
  expect(doc.files).toHaveLength(2);
  for (const entry of doc.files) {
    expect(entry).toMatchObject({ sheet: "Elenco", profile: { id: "mobilita-deroga", headerRow: 3 } });
    expect(entry.summary).toMatchObject({ records: expect.any(Number), totals: expect.any(Object) });
    for (const f of entry.findings) {
      expect(Object.keys(f).sort()).toEqual(["cell", "column", "message", "row", "ruleId", "severity", "source"]);
      expect(["errore", "avviso", "info"]).toContain(f.severity);
    }
  }
  const dirty = doc.files[0];
  expect(dirty.findings).toContainEqual(
    expect.objectContaining({ cell: "E5", row: 5, column: "Codice fiscale", severity: "errore" }),
  );
  expect(doc.files[1].counts.errore).toBe(0);
  expect(doc.summary).toMatchObject({ files: 2, sheets: 2, unreadable: 0 });

  const only = JSON.parse(cli("--json", "--solo-errori", "--oggi", "2026-06-30", DIRTY).stdout);
  expect(only.files[0].findings.length).toBeGreaterThan(0);
  expect(only.files[0].findings.every((f: { severity: string }) => f.severity === "errore")).toBe(true);
});

test("clean sheet: exit 0", () => {
  const r = cli("--oggi", "2026-06-30", CLEAN);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
});

test("the input file is never written", () => {
  const before = sha256(DIRTY);
  const mtime = statSync(DIRTY).mtimeMs;
  cli("--json", DIRTY);
  cli("--profilo", "mobilita-deroga", "--foglio", "Elenco", DIRTY);
  expect(sha256(DIRTY)).toBe(before);
  expect(statSync(DIRTY).mtimeMs).toBe(mtime);
});
