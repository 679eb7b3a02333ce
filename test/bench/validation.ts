/**
 * Benchmark of the validation engine on a profile A sheet (mobilità in deroga)
 * of 100.000 rows: engine time, rows per second, and the ratio to one bare walk
 * over the grid (touching every cell once). Prints figures, asserts nothing.
 *
 *   npx tsx test/bench/validation.ts [rows]
 */
import { validateGrid } from "../../src/validation";
import type { CellValue, Grid } from "../../src/validation/types";
import { checkCharacter } from "../../src/engine/codice-fiscale";
import { HEADERS_A, rowA, s } from "../../test/validation/fixtures";

const ROWS = Number(process.argv[2] ?? 100_000);

function buildGrid(n: number): Grid {
  const grid: Grid = [["Elenco beneficiari mobilità in deroga 2026"], [], [...HEADERS_A]];
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  /** A distinct valid codice fiscale per row. */
  const cfOf = (i: number): string => {
    let name = "";
    for (let k = 0, x = i; k < 6; k++, x = Math.floor(x / 26)) name += letters[x % 26];
    const head = `${name}80A01H501`;
    return head + checkCharacter(head);
  };
  for (let i = 0; i < n; i++) {
    // Mostly valid rows; every 50th has a problem so findings are produced too.
    const bad = i % 50 === 0;
    grid.push(
      rowA({
        "Codice fiscale": cfOf(i),
        "Data di nascita": null,
        Sesso: null,
        "Data inizio periodo": bad ? s(15, 1, 2026) : s(1, 1, 2026),
        "Fabbisogno individuale (€)": bad ? 100 : 11660.52,
      }),
    );
  }
  return grid;
}

function walk(grid: Grid): number {
  let n = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const v: CellValue = row[c];
      if (v !== null) n++;
    }
  }
  return n;
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

const grid = buildGrid(ROWS);
// Warm-up on a small grid (JIT), then the measured runs.
validateGrid({ sheet: "Warm", values: buildGrid(2000) }, { today: "2026-04-15" });
walk(grid);

const walks = [0, 1, 2].map(() => time(() => walk(grid)).ms);
const runs = [0, 1, 2].map(() => time(() => validateGrid({ sheet: "Bench", values: grid }, { today: "2026-04-15" })));
const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
const walkMs = Math.min(...walks);

console.log(`Profilo A, ${ROWS.toLocaleString("it-IT")} righe × ${HEADERS_A.length} colonne`);
console.log(`  visita del foglio (una volta):  ${walkMs.toFixed(1)} ms`);
console.log(
  `  validazione (migliore di 3):    ${best.ms.toFixed(1)} ms  [${runs.map((r) => r.ms.toFixed(0)).join(", ")} ms]`,
);
console.log(`  righe al secondo:               ${Math.round(ROWS / (best.ms / 1000)).toLocaleString("it-IT")}`);
console.log(`  rapporto validazione / visita:  ${(best.ms / walkMs).toFixed(1)}×`);
console.log(`  segnalazioni: ${best.value.findings.length}, record: ${best.value.summary.records}`);
