import fc from "fast-check";
import { validateGrid, detectProfiles } from "../../src/validation";
import type { CellValue, Grid, ValidationResult } from "../../src/validation/types";
import { HEADERS_A, HEADERS_B, HEADERS_C, HEADERS_D, gridA, rowA } from "./fixtures";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.string().filter((x) => !/[{}]|undefined|NaN/.test(x)),
  fc.constantFrom("Totale", "totale generale", "01/02/2026", "2026-13-40", "1.234,56", "Sì", "no", "RSSMRA85T10A562S", "Trento", "7V", "dirigente", "  ", "(€)"),
  fc.boolean(),
  fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#VALUE!" }, { error: "#REF!" }),
);
const headerCell = fc.oneof(cell, fc.constantFrom(...HEADERS_A, ...HEADERS_B, ...HEADERS_C, ...HEADERS_D));
const row = (c: fc.Arbitrary<CellValue>) => fc.array(c, { maxLength: 30 });
const grid: fc.Arbitrary<Grid> = fc.oneof(
  fc.array(row(cell), { maxLength: 25 }),
  fc.array(row(headerCell), { maxLength: 25 }),
  // A real header with garbage rows below it.
  fc.tuple(fc.constantFrom(HEADERS_A, HEADERS_B, HEADERS_C, HEADERS_D), fc.array(row(cell), { maxLength: 20 })).map(([h, rows]) => [[...h], ...rows]),
  // Valid profile A rows with random cells spoiled.
  fc.tuple(fc.array(fc.tuple(fc.nat(HEADERS_A.length - 1), cell), { maxLength: 10 }), fc.nat(5)).map(([spoils, n]) => {
    const rows = Array.from({ length: n + 1 }, () => rowA());
    spoils.forEach(([c, v], i) => (rows[i % rows.length][c] = v));
    return gridA(rows);
  }),
);

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Every finding points at a real cell of the grid area (or A1 of an empty grid), in order. */
function checkCells(g: Grid, res: ValidationResult): void {
  const width = Math.max(1, ...g.map((r) => (Array.isArray(r) ? r.length : 0)));
  const height = Math.max(1, g.length);
  const problems: string[] = [];
  let previous = [0, 0];
  for (const f of res.findings) {
    const m = /^([A-Z]+)(\d+)$/.exec(f.cell);
    if (!m) {
      problems.push(`bad address ${f.cell}`);
      continue;
    }
    const col = colNumber(m[1]);
    const rowN = Number(m[2]);
    if (rowN !== f.row) problems.push(`${f.cell}: row ${f.row}`);
    if (rowN < 1 || rowN > height || col < 1 || col > width) problems.push(`${f.cell} outside ${width}×${height}`);
    if (!["errore", "avviso", "info"].includes(f.severity)) problems.push(`${f.cell}: severity ${f.severity}`);
    if (/\{[a-zA-Z]+\}|undefined|NaN/.test(f.message)) problems.push(`${f.cell}: message ${f.message}`);
    if (f.source.length === 0) problems.push(`${f.cell}: no source`);
    if (!(rowN > previous[0] || (rowN === previous[0] && col >= previous[1]))) problems.push(`${f.cell}: out of order`);
    previous = [rowN, col];
  }
  for (const n of [res.summary.records, res.summary.months, ...Object.values(res.summary.totals)]) {
    if (!Number.isFinite(n)) problems.push(`summary number ${n}`);
  }
  expect(problems).toEqual([]);
}

describe("random grids", () => {
  test("never crash; every finding points at a real cell; input untouched", () => {
    fc.assert(
      fc.property(grid, fc.option(fc.constantFrom("mobilita-deroga", "cigs-aree-crisi", "cigd-covid-pat", "sgravio-solidarieta")), (g, profileId) => {
        const before = JSON.stringify(g);
        const res = validateGrid({ sheet: "Fuzz", values: g }, { today: "2026-04-15", ...(profileId ? { profileId } : {}) });
        checkCells(g, res);
        expect(JSON.stringify(g)).toBe(before);
        for (const m of detectProfiles({ sheet: "Fuzz", values: g })) expect(m.score).toBeGreaterThanOrEqual(0), expect(m.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  test("empty, ragged and huge grids", () => {
    for (const g of [[], [[]], [[], [], []], [HEADERS_A], [HEADERS_A, [], [null]]] as Grid[]) checkCells(g, validateGrid({ sheet: "E", values: g }, { today: "2026-04-15" }));
    const ragged: Grid = gridA([rowA().slice(0, 5), rowA(), [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "x"]]);
    checkCells(ragged, validateGrid({ sheet: "R", values: ragged }, { today: "2026-04-15" }));
    const huge: Grid = gridA(Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? rowA({ Regione: i }) : rowA())));
    const res = validateGrid({ sheet: "H", values: huge }, { today: "2026-04-15" });
    expect(res.summary.records).toBe(20_000);
    checkCells(huge, res);
  });

  test("malformed input objects do not crash", () => {
    const bad = [{ sheet: "X", values: undefined }, { sheet: "X", values: [undefined, 5, "a"] }, { sheet: undefined, values: [[1]] }] as unknown[];
    for (const input of bad) expect(() => validateGrid(input as never)).not.toThrow();
  });
});
