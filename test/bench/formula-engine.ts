/**
 * Benchmark: each CIG.* function over 100,000 rows in HyperFormula against an
 * equivalent formula made only of built-ins, in the same run. The built-in
 * equivalents take their constants from the rules table (valueAt), never literals.
 * Also times the adapter alone (a plain loop) to split adapter time from engine
 * overhead. Prints a table; asserts nothing.
 *
 *   npx tsx test/bench/formula-engine.ts [rows]
 */
// The CustomFunctions global of Excel's runtime (as in jest), before the adapters load.
import "../../test/setup/custom-functions";
import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { valueAt } from "../../src/rules/lookup";
import { RULES } from "../../src/rules/catalogue";
import { loadCatalogue, type CatalogueFunction } from "../../test/formula-engine/catalogue";
import { EXCEL_CONFIG, registerCatalogue } from "../../test/formula-engine/hyperformula-plugin";
import { argumentsFor } from "../../test/properties/excel-arbitraries";

const ROWS = Number(process.argv[2] ?? 100_000);

interface Case {
  /** Input cells of row i (0-based). */
  inputs: (i: number) => RawCellContent[];
  /** The CIG formula of row r (1-based, A1 notation). */
  cig: (r: number) => string;
  /** The built-in equivalent, or null when none was written. */
  builtin: ((r: number) => string) | null;
}

/** A rule's value on 1 January of a year, from the rules table. */
function rule(id: string, year: number): string {
  const found = valueAt(id, `${year}-01-01`);
  if (!found.ok) throw new Error(`${id} not in force in ${year}`);
  return String(found.entry.value);
}

function yearsOf(id: string): number[] {
  return RULES.get(id)!.entries.map((e) => Number(e.from.slice(0, 4)));
}

/** CHOOSE(index, constants…) over the years of a rule. */
function choose(index: string, id: string, years: number[]): string {
  return `CHOOSE(${index},${years.map((y) => rule(id, y)).join(",")})`;
}

function massimaleCase(): Case {
  const twoTier = yearsOf("massimale.soglia");
  const single = yearsOf("massimale.unico.lordo");
  const first = twoTier[0];
  const years = [...twoTier, ...single];
  return {
    inputs: (i) => [years[i % years.length], 1500 + ((i * 37) % 1500)],
    cig: (r) => `=CIG.MASSIMALE(A${r},B${r})`,
    builtin: (r) => {
      const ti = `A${r}-${first - 1}`;
      return (
        `=IF(A${r}<${single[0]},IF(B${r}<=${choose(ti, "massimale.soglia", twoTier)},` +
        `${choose(ti, "massimale.inferiore.lordo", twoTier)},${choose(ti, "massimale.superiore.lordo", twoTier)}),` +
        `${choose(`A${r}-${single[0] - 1}`, "massimale.unico.lordo", single)})`
      );
    },
  };
}

function bands(year: number, weeks: string): string {
  const s1 = rule("addizionale.soglia.prima", year);
  const s2 = rule("addizionale.soglia.seconda", year);
  return `IF(${weeks}<=${s1},${rule("addizionale.aliquota.prima", year)},IF(${weeks}<=${s2},${rule("addizionale.aliquota.seconda", year)},${rule("addizionale.aliquota.terza", year)}))`;
}

function addizionaleCase(): Case {
  return {
    inputs: (i) => [1000 + ((i * 7919) % 300000) / 100, (i * 13) % 160, 2024],
    cig: (r) => `=CIG.ADDIZIONALE(A${r},B${r},,C${r})`,
    builtin: (r) => `=ROUND(A${r}*${bands(2024, `B${r}`)},2)`,
  };
}

function aliquotaCase(): Case {
  return {
    inputs: (i) => [(i * 13) % 160, 2024],
    cig: (r) => `=CIG.ADDIZIONALE.ALIQUOTA(A${r},,B${r})`,
    builtin: (r) => `=${bands(2024, `A${r}`)}`,
  };
}

function integrazioneCase(): Case {
  return {
    inputs: (i) => [8 + ((i * 31) % 2000) / 100, 1 + (i % 173), 2025],
    cig: (r) => `=CIG.INTEGRAZIONE(A${r},B${r},C${r})`,
    builtin: (r) =>
      `=ROUND(B${r}*MIN(${rule("integrazione.percentuale", 2025)}*A${r},${rule("massimale.unico.lordo", 2025)}/${rule("integrazione.ore-mensili-predefinite", 2025)}),2)`,
  };
}

const WRITTEN: Record<string, () => Case> = {
  MASSIMALE: massimaleCase,
  ADDIZIONALE: addizionaleCase,
  "ADDIZIONALE.ALIQUOTA": aliquotaCase,
  INTEGRAZIONE: integrazioneCase,
};

/** Functions without a written case: plausible arguments from the property-test generators, no built-in. */
function sampledCase(fn: CatalogueFunction): Case {
  const samples = fc.sample(
    argumentsFor(fn.parameters).filter((a) => a.every((x) => !Array.isArray(x) && typeof x !== "object")),
    { numRuns: 500, seed: 7 },
  );
  const cols = fn.parameters.map((_, j) => String.fromCharCode(65 + j));
  return {
    inputs: (i) =>
      (samples[i % samples.length] as RawCellContent[]).map((v) => (typeof v === "string" ? `'${v}` : (v ?? null))),
    cig: (r) => `=${fn.fullName}(${cols.map((c) => `${c}${r}`).join(",")})`,
    builtin: null,
  };
}

function sheet(c: Case, formula: (r: number) => string): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (let i = 0; i < ROWS; i++) rows.push([...c.inputs(i), formula(i + 1)]);
  return rows;
}

/** Build + first evaluation, in ms; also returns the engine to read results. */
function timeBuild(rows: RawCellContent[][]): { ms: number; hf: HyperFormula } {
  const t = process.hrtime.bigint();
  const hf = HyperFormula.buildFromArray(rows, EXCEL_CONFIG);
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, hf };
}

function timeAdapter(fn: CatalogueFunction, c: Case): number {
  const t = process.hrtime.bigint();
  for (let i = 0; i < ROWS; i++) {
    const args = c.inputs(i).map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v));
    try {
      fn.impl(...args, ...Array(Math.max(0, fn.parameters.length - args.length)).fill(null));
    } catch {
      // errors count as calls
    }
  }
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function main(): Promise<void> {
  const catalogue = await loadCatalogue();
  registerCatalogue(catalogue);
  const lines: string[][] = [
    ["funzione", "CIG (ms)", "built-in (ms)", "rapporto", "solo adapter (ms)", "stesso risultato"],
  ];
  for (const fn of catalogue) {
    if (fn.resultMatrix) {
      lines.push([fn.fullName, "—", "—", "—", "—", "tabella: non misurata per riga"]);
      continue;
    }
    const c = WRITTEN[fn.name]?.() ?? sampledCase(fn);
    const width = c.inputs(0).length;
    // Warm-up on a small sheet so that JIT compilation is not billed to the first function.
    HyperFormula.buildFromArray(sheet(c, c.cig).slice(0, 2000), EXCEL_CONFIG).destroy();
    const cig = timeBuild(sheet(c, c.cig));
    let builtinMs = NaN;
    let same = "—";
    if (c.builtin) {
      const b = timeBuild(sheet(c, c.builtin));
      builtinMs = b.ms;
      let diff = 0;
      let example = "";
      for (let r = 0; r < ROWS; r += 97) {
        const x = cig.hf.getCellValue({ sheet: 0, row: r, col: width });
        const y = b.hf.getCellValue({ sheet: 0, row: r, col: width });
        if (
          !(typeof x === "number" && typeof y === "number"
            ? Math.abs(x - y) < 1e-9
            : JSON.stringify(x) === JSON.stringify(y))
        ) {
          diff++;
          example ||= ` (riga ${r + 1}: ${JSON.stringify(c.inputs(r))} → CIG ${JSON.stringify(x)}, built-in ${JSON.stringify(y)})`;
        }
      }
      same = diff === 0 ? "sì (campione)" : `${diff} differenze su ${Math.ceil(ROWS / 97)}${example}`;
      b.hf.destroy();
    }
    cig.hf.destroy();
    const adapterMs = timeAdapter(fn, c);
    lines.push([
      fn.fullName,
      cig.ms.toFixed(0),
      Number.isNaN(builtinMs) ? "n/d" : builtinMs.toFixed(0),
      Number.isNaN(builtinMs) ? "n/d" : `${(cig.ms / builtinMs).toFixed(2)}×`,
      adapterMs.toFixed(0),
      same,
    ]);
  }
  const widths = lines[0].map((_, j) => Math.max(...lines.map((l) => l[j].length)));
  console.log(`HyperFormula, ${ROWS} righe per funzione (costruzione + prima valutazione)`);
  for (const l of lines) console.log(l.map((x, j) => x.padEnd(widths[j])).join("  "));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
