/**
 * The sample workbooks of assets/esempi: cig-verifica finds every planted mistake
 * (rule id and cell) in the "-errori" files, nothing else, and nothing but the
 * profile's sheet-level information on the "-corretto" files. The committed
 * files are also checked to hold what the generator writes today.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { readXlsxFile } from "../../src/adapters/xlsx";
import { amountLabel } from "../../src/validation/profiles";
import {
  generateSamples,
  plan,
  writeSample,
  HEADER_ROW,
  SAMPLES,
  type SamplePlan,
} from "../samples/generate";
import { columnLetter, profileOf } from "../samples/model";
import { makeTmpDir } from "./fixtures";

const ROOT = resolve(__dirname, "../..");
const ASSETS = join(ROOT, "assets", "esempi");
const BIN = join(ROOT, "src", "cli", "cig-verifica.js");
/** A fixed "today" after every date of the clean lists, so results do not depend on the clock. */
const TODAY = "2026-06-30";

interface JsonFinding {
  cell: string;
  column: string;
  ruleId: string;
  severity: string;
}

interface Checked {
  code: number | null;
  profile: string;
  findings: JsonFinding[];
  totals: Record<string, number>;
}

function cli(args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [BIN, "--oggi", TODAY, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (r.status === 2) throw new Error(r.stderr);
  return { status: r.status, stdout: r.stdout };
}

function check(path: string): Checked {
  const r = cli(["--json", path]);
  const doc = JSON.parse(r.stdout);
  expect(doc.files).toHaveLength(1);
  const file = doc.files[0];
  return { code: r.status, profile: file.profile?.id, findings: file.findings, totals: file.summary.totals };
}

const key = (f: { ruleId: string; cell: string }) => `${f.ruleId}@${f.cell}`;
/** The profile's sheet-level infos, wherever they land. */
const isSheetInfo = (p: SamplePlan, f: JsonFinding) => f.severity === "info" && p.spec.sheetInfos.includes(f.ruleId);

const plans = SAMPLES.flatMap((spec) => [plan(spec, false), plan(spec, true)]);

describe.each(plans.map((p) => [p.file, p] as const))("%s", (file, p) => {
  const { code, profile, findings, totals } = check(join(ASSETS, file));

  test("recognised as its profile; the summary totals only the amounts that add up", () => {
    expect(profile).toBe(p.spec.profileId);
    const columns = profileOf(p.spec.profileId).columns.filter((c) => c.total && p.keys.includes(c.key));
    expect(Object.keys(totals).sort()).toEqual(columns.map(amountLabel).sort());
  });

  if (p.errors) {
    test.each(p.planted.map((m) => [m.what, m] as const))("finds the planted mistake: %s", (_what, m) => {
      expect(findings.map(key)).toContain(key(m));
    });
    test("reports nothing that was not planted; exit code 1", () => {
      const extra = findings
        .filter((f) => !isSheetInfo(p, f))
        .map(key)
        .filter((k) => !p.planted.map(key).includes(k));
      expect(extra).toEqual([]);
      expect(code).toBe(1);
    });
  } else {
    test("no findings but the profile's sheet-level information; exit code 0", () => {
      expect(findings.filter((f) => !isSheetInfo(p, f))).toEqual([]);
      expect(code).toBe(0);
    });
  }
});

test("every sample has a title above the header; some have a second title line, some a totals row, some none", () => {
  for (const p of plans) (expect(HEADER_ROW).toBeGreaterThan(1), expect(p.spec.title).not.toBe(""));
  expect(plans.some((p) => p.spec.subtitle !== undefined)).toBe(true);
  expect(plans.some((p) => p.totals !== null)).toBe(true);
  expect(plans.some((p) => p.totals === null)).toBe(true);
});

test("every finding printed for people names its column, sheet-level ones included", () => {
  for (const p of plans.filter((x) => x.errors)) {
    const { stdout } = cli([join(ASSETS, p.file)]);
    const lines = stdout.split("\n").filter((l) => / — .*\[[\w.-]+\]$/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(p.planted.length);
    expect(lines.filter((l) => !/^ {2}[A-Z]+\d+ · \S.* — /.test(l))).toEqual([]);
  }
});

test("a formula saved without its value, on an otherwise clean list: one info, no error, exit 0", async () => {
  const spec = SAMPLES.find((s) => s.profileId === "sgravio-solidarieta")!;
  const p = plan(spec, false);
  expect(p.totals).toBeNull(); // a totals row would have no cached sum either
  const first = p.rows[0].sgravio as { formula: string; result?: number };
  p.rows[0] = { ...p.rows[0], sgravio: { formula: first.formula } };
  const tmp = makeTmpDir("cig-samples-formula-");
  try {
    const path = await writeSample(p, tmp.dir);
    const { code, findings } = check(path);
    const cell = `${columnLetter(p.keys.indexOf("sgravio") + 1)}${HEADER_ROW + 1}`;
    expect(findings.filter((f) => !isSheetInfo(p, f))).toEqual([
      expect.objectContaining({
        ruleId: "modello.cella.formula-senza-valore",
        cell,
        severity: "info",
        column: "Sgravio richiesto (€)",
      }),
    ]);
    expect(code).toBe(0);
  } finally {
    tmp.cleanup();
  }
});

test("the committed samples are what the generator writes", async () => {
  const tmp = makeTmpDir("cig-samples-");
  try {
    const fresh = await generateSamples(tmp.dir);
    expect(fresh.map((p) => p.file).sort()).toEqual(plans.map((p) => p.file).sort());
    for (const p of fresh) {
      const committed = await readXlsxFile(join(ASSETS, p.file));
      const regenerated = await readXlsxFile(join(tmp.dir, p.file));
      expect(committed.sheets).toEqual(regenerated.sheets);
    }
  } finally {
    tmp.cleanup();
  }
});
