/** The CLI plumbing (arguments, sheet choice, output, exit codes) with a fake engine, in process. */
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { run } from "../../src/cli/run";
import { fakeEngine } from "./fake-engine";
import { makeTmpDir, writeEncrypted, writeTextAsXlsx } from "./fixtures";

const tmp = makeTmpDir("cig-run-");
afterAll(() => tmp.cleanup());
const file = (name: string) => join(tmp.dir, name);

async function invoke(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, fakeEngine);
  return { code, stdout, stderr };
}

const CLEAN = file("pulito.xlsx");
const DIRTY = file("errori.xlsx");
const NO_MODEL = file("senza-modello.xlsx");

beforeAll(async () => {
  const write = async (path: string, rows: unknown[][], extraSheet = true) => {
    const wb = new ExcelJS.Workbook();
    if (extraSheet) wb.addWorksheet("Istruzioni").getCell("A1").value = "Compilare il foglio Elenco";
    const ws = wb.addWorksheet("Elenco");
    rows.forEach((r) => ws.addRow(r));
    await wb.xlsx.writeFile(path);
  };
  await write(CLEAN, [
    ["Cognome", "Codice fiscale"],
    ["Rossi", "RSSMRA85T10A562S"],
  ]);
  await write(DIRTY, [
    ["Cognome", "Codice fiscale", "Importo"],
    ["Rossi", "RSSMRA85T10A562", 10],
    [null, "VRDLGU80A01H501U", { formula: "C2*2" }],
  ]);
  await write(NO_MODEL, [["Titolo"], ["qualcosa"]]);
});

test("clean file: exit 0, Italian report with the sheet, the profile and no findings", async () => {
  const r = await invoke(CLEAN);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  expect(r.stdout).toContain(`File: ${CLEAN}`);
  expect(r.stdout).toContain("Foglio «Elenco» — modello: Profilo di prova (prova), intestazioni alla riga 1");
  expect(r.stdout).toContain("Nessun rilievo.");
  expect(r.stdout).toContain("Esito: 0 errori, 0 avvisi, 0 informazioni.");
  expect(r.stdout).toContain("Fogli senza intestazioni del modello, non verificati: «Istruzioni».");
});

test("findings grouped by severity, with cell, column, rule and source; exit 1", async () => {
  const r = await invoke(DIRTY);
  expect(r.code).toBe(1);
  const text = r.stdout;
  const [errori, avvisi, info] = ["ERRORI (1)", "AVVISI (1)", "INFORMAZIONI (1)"].map((s) => text.indexOf(s));
  expect(errori).toBeGreaterThan(0);
  expect(avvisi).toBeGreaterThan(errori);
  expect(info).toBeGreaterThan(avvisi);
  expect(text).toContain(
    "  B2 · Codice fiscale — Codice fiscale «RSSMRA85T10A562» non valido. [prova.cf]\n      Fonte: Fonte di prova",
  );
  expect(text).toContain("  C3 · Importo — Formula senza valore calcolato. [prova.formula]");
  expect(text).toContain("Esito: 1 errore, 1 avviso, 1 informazione.");
});

test("--solo-errori hides warnings and infos, the exit code still follows the errors", async () => {
  const r = await invoke("--solo-errori", DIRTY);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("ERRORI (1)");
  expect(r.stdout).not.toContain("AVVISI");
  expect(r.stdout).not.toContain("INFORMAZIONI (");
});

test("--json: files, findings with cell/row/column/ruleId/severity/message/source, errors, summary", async () => {
  const r = await invoke("--json", DIRTY, CLEAN);
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.stdout);
  expect(doc.files).toHaveLength(2);
  expect(doc.files[0]).toMatchObject({ file: DIRTY, sheet: "Elenco", profile: { id: "prova", headerRow: 1 } });
  expect(doc.files[0].counts).toEqual({ errore: 1, avviso: 1, info: 1 });
  expect(doc.files[0].findings[0]).toEqual({
    cell: "B2",
    row: 2,
    column: "Codice fiscale",
    ruleId: "prova.cf",
    severity: "errore",
    message: "Codice fiscale «RSSMRA85T10A562» non valido.",
    source: "Fonte di prova",
  });
  expect(doc.errors).toEqual([]);
  expect(doc.summary).toEqual({ files: 2, sheets: 2, unreadable: 0, errore: 1, avviso: 1, info: 1 });
});

test("--json --solo-errori keeps only errors in findings", async () => {
  const doc = JSON.parse((await invoke("--json", "--solo-errori", DIRTY)).stdout);
  expect(doc.files[0].findings.map((f: { severity: string }) => f.severity)).toEqual(["errore"]);
});

test("several files: a combined summary; an unreadable one gives exit 2 but the others are still checked", async () => {
  writeTextAsXlsx(file("testo.xlsx"));
  const r = await invoke(CLEAN, file("testo.xlsx"), DIRTY);
  expect(r.code).toBe(2);
  expect(r.stdout).toContain(`«${file("testo.xlsx")}» non è una cartella di lavoro Excel .xlsx`);
  expect(r.stdout).toContain("Totale: 3 file, 2 fogli verificati — 1 errore, 1 avviso, 1 informazione.");
  expect(r.stdout).toContain("File non letti: 1.");
});

test("JSON mode reports unreadable files in errors and on stderr", async () => {
  writeEncrypted(file("protetto.xlsx"));
  const r = await invoke("--json", file("protetto.xlsx"));
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/protetto da password/);
  expect(JSON.parse(r.stdout).errors).toEqual([{ file: file("protetto.xlsx"), message: r.stderr.trim() }]);
});

test("no model sheet: exit 2 with the sheets examined", async () => {
  const r = await invoke(NO_MODEL);
  expect(r.code).toBe(2);
  expect(r.stdout).toContain(
    `Nel file «${NO_MODEL}» nessun foglio ha le intestazioni di un modello ministeriale (fogli esaminati: «Istruzioni», «Elenco»)`,
  );
});

test("--foglio picks the sheet; an unknown sheet is exit 2", async () => {
  expect((await invoke("--foglio", "elenco", CLEAN)).code).toBe(0);
  const r = await invoke("--foglio", "Riepilogo", CLEAN);
  expect(r.code).toBe(2);
  expect(r.stdout).toContain("non c'è il foglio «Riepilogo». Fogli presenti: «Istruzioni», «Elenco».");
});

test("--profilo: known id accepted, unknown id is a usage error listing the profiles", async () => {
  expect((await invoke("--profilo", "prova", CLEAN)).code).toBe(0);
  const r = await invoke("--profilo", "boh", CLEAN);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe("Profilo «boh» sconosciuto. Profili disponibili: prova.\n");
});

describe("usage", () => {
  test("--aiuto and --help print the Italian help, exit 0", async () => {
    for (const flag of ["--aiuto", "--help", "-h"]) {
      const r = await invoke(flag);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Uso: cig-verifica [opzioni] FILE.xlsx");
      expect(r.stdout).toContain("(prova)");
    }
  });

  test.each([
    [[], "Indicare almeno un file .xlsx da verificare."],
    [["--sconosciuta", "a.xlsx"], "Opzione sconosciuta: «--sconosciuta»."],
    [["a.xlsx", "--profilo"], "L'opzione «--profilo» richiede un valore."],
    [["--foglio=", "a.xlsx"], "L'opzione «--foglio» richiede un valore."],
    [["--oggi", "31/12/2026", "a.xlsx"], "«--oggi» deve essere una data AAAA-MM-GG: ricevuto «31/12/2026»."],
    [["--oggi", "2026-02-30", "a.xlsx"], "«--oggi» deve essere una data AAAA-MM-GG: ricevuto «2026-02-30»."],
  ])("%j → exit 2 with an Italian message", async (argv, message) => {
    const r = await invoke(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\nPer l'aiuto: cig-verifica --aiuto\n`);
    expect(r.stdout).toBe("");
  });
});

test("an engine failure is one Italian line, exit 2, no stack trace", async () => {
  let stderr = "";
  const broken = {
    ...fakeEngine,
    validateGrid: () => {
      throw new TypeError("boom");
    },
  };
  const code = await run([CLEAN], { stdout: () => undefined, stderr: (t) => (stderr += t) }, broken);
  expect(code).toBe(2);
  expect(stderr).toBe("Errore imprevisto (boom): segnalarlo agli sviluppatori.\n");
});
