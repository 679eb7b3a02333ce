/**
 * Benchmark of cig-verifica end to end on a 50 000-row mobilità in deroga list:
 * read (.xlsx) + validate + report, as a user runs it (the bin shim in a child
 * process), with wall time and the child's peak memory (max RSS). Then the same
 * steps in process, to see where the time goes. Prints figures, asserts nothing.
 *
 *   npx tsx test/bench/cli.ts [rows]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as ExcelJS from "exceljs";
import { readXlsxFile } from "../../src/adapters/xlsx";
import { validateGrid } from "../../src/validation";
import { profileOf } from "../samples/model";
import { MOBILITA_DEROGA_SAMPLE as SPEC } from "../samples/mobilita-deroga";

const ROWS = Number(process.argv[2] ?? 50_000);
const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "src", "cli", "cig-verifica.js");
const HEADER_ROW = 3;

function letter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The sample generator's clean rows, ROWS of them, written with the streaming writer. */
type Variant = "plain" | "uncached" | "uncached+error";

/** `uncached`: the last row's fabbisogno formula has no cached value; `+error`: its durata cell holds #N/A too. */
async function writeBig(path: string, variant: Variant): Promise<void> {
  const profile = profileOf(SPEC.profileId);
  const keys = SPEC.columns ?? profile.columns.map((c) => c.key);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Elenco beneficiari");
  ws.addRow([SPEC.title]).commit();
  ws.addRow([]).commit();
  ws.addRow(keys.map((k) => profile.columns.find((c) => c.key === k)!.header)).commit();
  for (let i = 0; i < ROWS; i++) {
    const sheetRow = HEADER_ROW + 1 + i;
    const row = SPEC.row(i);
    const cells = keys.map((k) => {
      const c = row[k];
      if (c !== null && typeof c === "object" && !(c instanceof Date) && "formula" in c) {
        const formula = c.formula.replace(
          /\{(\w+)\}/g,
          (_, key: string) => `${letter(keys.indexOf(key) + 1)}${sheetRow}`,
        );
        return variant !== "plain" && i === ROWS - 1 ? { formula } : { formula, result: c.result };
      }
      if (k === "durataPercorso" && variant === "uncached+error" && i === ROWS - 1) return { error: "#N/A" };
      return c as ExcelJS.CellValue;
    });
    const r = ws.addRow(cells);
    keys.forEach((k, j) => {
      if (profile.columns.find((c) => c.key === k)?.type === "date") r.getCell(j + 1).numFmt = "dd/mm/yyyy";
    });
    r.commit();
  }
  ws.commit();
  await wb.commit();
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** Runs the CLI under /usr/bin/time -v when available; returns wall seconds, max RSS, exit code, output size. */
function runCli(args: string[]): { seconds: number; maxRssKb: number | null; code: number | null; outBytes: number } {
  const timeBin = "/usr/bin/time";
  const useTime = existsSync(timeBin);
  const cmd = useTime ? timeBin : process.execPath;
  const argv = useTime ? ["-v", process.execPath, BIN, ...args] : [BIN, ...args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? "");
  return { seconds, maxRssKb: m ? Number(m[1]) : null, code: r.status, outBytes: Buffer.byteLength(r.stdout ?? "") };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "cig-bench-"));
  try {
    const path = join(dir, `mobilita-${ROWS}.xlsx`);
    const uncached = join(dir, `mobilita-${ROWS}-formula-senza-valore.xlsx`);
    const mixed = join(dir, `mobilita-${ROWS}-formula-senza-valore-e-errore.xlsx`);
    let t = Date.now();
    await writeBig(path, "plain");
    await writeBig(uncached, "uncached");
    await writeBig(mixed, "uncached+error");
    console.log(
      `Workbook: ${ROWS} righe × ${(SPEC.columns ?? []).length} colonne, ${mb(statSync(path).size)} (${((Date.now() - t) / 1000).toFixed(1)} s per scriverne tre)`,
    );
    console.log("Timings are the best of two runs (the machine may be shared).");

    console.log("\nEnd to end (child process: node src/cli/cig-verifica.js …, tsx start-up included)");
    for (const [label, args] of [
      ["report in Italian", [path]],
      ["--json", ["--json", path]],
      ["--json --solo-errori", ["--json", "--solo-errori", path]],
      ["--json, a formula without cached value", ["--json", uncached]],
      ["--json, that and an #N/A cell (full reader)", ["--json", mixed]],
    ] as const) {
      const a = runCli([...args]);
      const b = runCli([...args]);
      const r = a.seconds <= b.seconds ? a : b;
      const rss = r.maxRssKb === null ? "n/d" : mb(r.maxRssKb * 1024);
      console.log(
        `  ${label.padEnd(56)} ${r.seconds.toFixed(2)} s   peak RSS ${rss}   exit ${r.code}   output ${(r.outBytes / 1024).toFixed(0)} KB`,
      );
    }
    const help = runCli(["--help"]);
    console.log(
      `  ${"start-up only (--help)".padEnd(56)} ${help.seconds.toFixed(2)} s   peak RSS ${help.maxRssKb === null ? "n/d" : mb(help.maxRssKb * 1024)}`,
    );

    console.log("\nIn process (this process; heap after each step)");
    t = Date.now();
    const book = await readXlsxFile(path);
    const readMs = Date.now() - t;
    console.log(
      `  read (${book.reader} reader)`.padEnd(58),
      `${(readMs / 1000).toFixed(2)} s   heap ${mb(process.memoryUsage().heapUsed)}`,
    );
    t = Date.now();
    const result = validateGrid(book.sheets[0]);
    const validateMs = Date.now() - t;
    console.log(
      `  validate`.padEnd(58),
      `${(validateMs / 1000).toFixed(2)} s   heap ${mb(process.memoryUsage().heapUsed)}   ${result.summary.records} righe, ${result.findings.length} rilievi`,
    );
    t = Date.now();
    const full = await readXlsxFile(mixed);
    console.log(
      `  read (${full.reader} reader)`.padEnd(58),
      `${((Date.now() - t) / 1000).toFixed(2)} s   heap ${mb(process.memoryUsage().heapUsed)}`,
    );
    console.log(`  max RSS of this process: ${mb(process.resourceUsage().maxRSS * 1024)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
