/**
 * The sample workbooks of assets/esempi: cig-verifica finds every planted mistake
 * (rule id and cell) in the "-errori" files, nothing else, and nothing but the
 * profile's sheet-level information on the "-corretto" files. The committed
 * files are also checked to hold what the generator writes today.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { readXlsxFile } from "../../src/adapters/xlsx";
import { generateSamples, plan, SAMPLES, type SamplePlan } from "../../scripts/samples/generate";
import { makeTmpDir } from "./fixtures";

const ROOT = resolve(__dirname, "../..");
const ASSETS = join(ROOT, "assets", "esempi");
const BIN = join(ROOT, "scripts", "cig-verifica.js");
/** A fixed "today" after every date of the clean lists, so results do not depend on the clock. */
const TODAY = "2026-06-30";

interface JsonFinding {
  cell: string;
  ruleId: string;
  severity: string;
}

function check(path: string): { code: number | null; findings: JsonFinding[] } {
  const r = spawnSync(process.execPath, [BIN, "--json", "--oggi", TODAY, path], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (r.status === 2) throw new Error(r.stderr);
  const doc = JSON.parse(r.stdout);
  expect(doc.files).toHaveLength(1);
  return { code: r.status, findings: doc.files[0].findings };
}

const key = (f: { ruleId: string; cell: string }) => `${f.ruleId}@${f.cell}`;
/** The profile's sheet-level infos, wherever they land. */
const isSheetInfo = (p: SamplePlan, f: JsonFinding) => f.severity === "info" && p.spec.sheetInfos.includes(f.ruleId);

const plans = SAMPLES.flatMap((spec) => [plan(spec, false), plan(spec, true)]);

describe.each(plans.map((p) => [p.file, p] as const))("%s", (file, p) => {
  const { code, findings } = check(join(ASSETS, file));

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
