/**
 * What the surfaces print from a result: summary totals only of amounts whose
 * sum means something, a column text on every finding (sheet-level ones too),
 * and a formula without a cached value reported once, as info, not also as a
 * missing value.
 */
import { validateGrid, PROFILES } from "../../src/validation";
import type { CellValue, Finding, ValidationResult } from "../../src/validation/types";
import { HEADERS_A, HEADERS_B, HEADERS_D, gridA, rowA, rowB, rowD } from "./fixtures";

const TODAY = { today: "2026-04-15" };
/** Data rows of gridA start at grid index 4 (sheet row 5). */
const FIRST = 4;
const col = (header: string) => HEADERS_A.indexOf(header);

function only(res: ValidationResult, ruleId: string): Finding[] {
  return res.findings.filter((f) => f.ruleId === ruleId);
}

describe("summary totals", () => {
  test("profile A: the fabbisogno is totalled, the monthly amount is not", () => {
    const res = validateGrid({ sheet: "S", values: gridA([rowA(), rowA({ "Codice fiscale": "VRDGPP80A01L219M", "Data di nascita": null })]) }, TODAY);
    expect(res.summary.totals).toEqual({ "Fabbisogno individuale": 23321.04 });
  });
  test("profile A with contribuzione figurativa and ANF: both are totals too", () => {
    const headers = [...HEADERS_A, "Contribuzione figurativa (€)", "ANF (€)"];
    const row = [...rowA({ "Fabbisogno individuale (€)": 11660.52 + 100 + 50.5 }), 100, 50.5];
    const res = validateGrid({ sheet: "S", values: [headers, row] }, TODAY);
    expect(res.summary.totals).toEqual({ "Contribuzione figurativa": 100, ANF: 50.5, "Fabbisogno individuale": 11811.02 });
  });
  test("profile B: the cost is totalled, the hourly and monthly pay are not", () => {
    const headers = [...HEADERS_B, "Retribuzione mensile (€)"];
    const res = validateGrid({ sheet: "S", values: [headers, [...rowB({}, 3291.77), 2080]] }, TODAY);
    expect(res.summary.totals).toEqual({ "Costo stimato": 3291.77 });
  });
  test("profile D: employer's contributions and relief are both totals", () => {
    const res = validateGrid({ sheet: "S", values: [HEADERS_D, rowD()] }, TODAY);
    expect(Object.keys(res.summary.totals)).toEqual(["Contribuzione a carico del datore", "Sgravio richiesto"]);
  });
  test.each(PROFILES.map((p) => [p.id, p] as const))("%s: totals are amounts, and the main amount is one of them", (_id, p) => {
    for (const c of p.columns.filter((x) => x.total)) expect(c.type).toBe("importo");
    expect(p.columns.find((c) => c.key === p.amountKey)?.total).toBe(true);
    // Rates are never summed.
    for (const c of p.columns.filter((x) => /mensile|oraria/i.test(x.header))) expect(c.total).toBeFalsy();
  });
});

describe("column text of sheet-level findings", () => {
  test("a missing required column names that column", () => {
    const drop = col("Codice fiscale azienda");
    const headers = HEADERS_A.filter((_, i) => i !== drop);
    const row = rowA().filter((_, i) => i !== drop);
    const res = validateGrid({ sheet: "S", values: [headers, row] }, TODAY);
    expect(only(res, "modello.colonna.mancante")).toEqual([expect.objectContaining({ cell: "A1", column: "Codice fiscale azienda" })]);
  });
  test("the budget info names the amount column it measures; an unknown header names itself", () => {
    const res = validateGrid({ sheet: "S", values: [[...HEADERS_A, "Note"], [...rowA(), "x"]] }, TODAY);
    expect(only(res, "mobilita.stanziamento")).toEqual([expect.objectContaining({ cell: "P1", column: "Fabbisogno individuale (€)" })]);
    expect(only(res, "modello.colonna.non-riconosciuta")).toEqual([expect.objectContaining({ cell: "X1", column: "Note" })]);
  });
  test("findings about the whole sheet say «Foglio»", () => {
    const empty = validateGrid({ sheet: "S", values: [HEADERS_A] }, TODAY);
    expect(only(empty, "modello.dati.assenti")).toEqual([expect.objectContaining({ cell: "A1", column: "Foglio" })]);
    const unknown = validateGrid({ sheet: "S", values: [["a", "b"], [1, 2]] });
    expect(unknown.findings).toEqual([expect.objectContaining({ ruleId: "modello.profilo.non-riconosciuto", column: "Foglio" })]);
  });
  test("every finding of a messy sheet has a column text", () => {
    const bad = rowA({ "Codice fiscale": "XXX", "Data inizio periodo": "boh", Regione: "Padania" });
    const res = validateGrid({ sheet: "S", values: [[...HEADERS_A, "Note"], bad, [], ["Totale"]] }, TODAY);
    expect(res.findings.length).toBeGreaterThan(3);
    for (const f of res.findings) expect(f.column).not.toBe("");
  });
});

describe("formula without a cached value", () => {
  const fabbisogno = col("Fabbisogno individuale (€)");
  const esito = col("Esito percorsi anno precedente");

  test("in a required column: one info on the cell, not also a missing value; no errors", () => {
    const row: CellValue[] = rowA({ "Fabbisogno individuale (€)": null });
    const res = validateGrid({ sheet: "S", values: gridA([row]), formulasWithoutValue: [[FIRST, fabbisogno]] }, TODAY);
    expect(only(res, "modello.cella.formula-senza-valore")).toEqual([
      expect.objectContaining({ cell: "P5", severity: "info", column: "Fabbisogno individuale (€)" }),
    ]);
    expect(only(res, "modello.cella.obbligatoria")).toEqual([]);
    expect(res.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
  test("the same empty cell without a formula is still a missing value", () => {
    const res = validateGrid({ sheet: "S", values: gridA([rowA({ "Fabbisogno individuale (€)": null })]) }, TODAY);
    expect(only(res, "modello.cella.obbligatoria").map((f) => f.cell)).toEqual(["P5"]);
  });
  test("in a column a check requires (previous year's results): not reported as missing", () => {
    const row = rowA({ "Esito percorsi anno precedente": null });
    const withFormula = validateGrid({ sheet: "S", values: gridA([row]), formulasWithoutValue: [[FIRST, esito]] }, TODAY);
    expect(only(withFormula, "mobilita.esito.mancante")).toEqual([]);
    expect(only(withFormula, "modello.cella.formula-senza-valore").map((f) => f.cell)).toEqual(["U5"]);
    const empty = validateGrid({ sheet: "S", values: gridA([row]) }, TODAY);
    expect(only(empty, "mobilita.esito.mancante").map((f) => f.cell)).toEqual(["U5"]);
  });
  test("another row's empty cell in the same column is still missing", () => {
    const row = rowA({ "Fabbisogno individuale (€)": null });
    const other = rowA({ "Codice fiscale": "VRDGPP80A01L219M", "Data di nascita": null, "Fabbisogno individuale (€)": null });
    const res = validateGrid({ sheet: "S", values: gridA([row, other]), formulasWithoutValue: [[FIRST, fabbisogno]] }, TODAY);
    expect(only(res, "modello.cella.obbligatoria").map((f) => f.cell)).toEqual(["P6"]);
  });
});

describe("amounts with more than two decimals", () => {
  test.each([
    [950.125, "950,13"],
    [6975.104, "6.975,10"],
    [2.675, "2,68"],
    [1234567.891, "1.234.567,89"],
  ])("%p is reported and read as € %s", (amount, shown) => {
    const res = validateGrid({ sheet: "S", values: gridA([rowA({ "Importo mensile (€)": amount })]) }, TODAY);
    const found = only(res, "modello.importo.decimali");
    expect(found.map((f) => f.cell)).toEqual(["O5"]);
    expect(found[0].message).toContain(shown);
  });
  test.each([0.07, 0.29, 1.1, 971.71, 11660.52, 123456.78])("%p has two decimals: no finding", (amount) => {
    const res = validateGrid({ sheet: "S", values: gridA([rowA({ "Importo mensile (€)": amount })]) }, TODAY);
    expect(only(res, "modello.importo.decimali")).toEqual([]);
  });
});

describe("numbers Excel cannot hold", () => {
  test("NaN or infinity in a cell is the #NUM! error, never «NaN» in a message", () => {
    const res = validateGrid({ sheet: "S", values: gridA([rowA({ Regione: Number.NaN, "Numero mesi": Number.POSITIVE_INFINITY })]) }, TODAY);
    const excel = only(res, "modello.cella.errore-excel");
    expect(excel.map((f) => f.cell)).toEqual(["A5", "N5"]);
    for (const f of res.findings) expect(f.message).not.toMatch(/NaN|Infinity/);
    expect(excel[0].message).toContain("#NUM!");
  });
});
