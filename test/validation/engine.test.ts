import { validateGrid, detectProfiles, PROFILES } from "../../src/validation";
import type { CellValue, Finding, Grid, ValidationResult } from "../../src/validation/types";
import { CF, HEADERS_A, HEADERS_B, HEADERS_C, HEADERS_D, PIVA, gridA, rowA, rowB, rowC, rowD, s } from "./fixtures";

const TODAY = { today: "2026-04-15" };
/** B cost of the fixture row: 400 h × min(80% × 12,00; 1.423,69 ÷ 173 h) (2026 cap, catalogue's monthly hours). */
const COSTO_B = 3291.77;

function runA(rows: CellValue[][], options = TODAY): ValidationResult {
  return validateGrid({ sheet: "Elenco", values: gridA(rows) }, options);
}
/** Findings that are not the budget info of every sheet. */
function issues(res: ValidationResult): Finding[] {
  return res.findings.filter((f) => !/stanziamento|limite-spesa|addizionale/.test(f.ruleId));
}
function only(res: ValidationResult, ruleId: string): Finding[] {
  return res.findings.filter((f) => f.ruleId === ruleId);
}
/** Data rows of gridA start at sheet row 5 (two titles, one blank row, header on row 4). */
const ROW1 = 5;

describe("profile A — valid sheet", () => {
  test("a valid row has no findings but the budget info", () => {
    const res = runA([rowA()]);
    expect(res.profile?.id).toBe("mobilita-deroga");
    expect(res.profile?.headerRow).toBe(4);
    expect(issues(res)).toEqual([]);
    expect(res.summary.records).toBe(1);
    expect(res.summary.budget).toMatchObject({ amount: 100000000, used: 11660.52, source: "L. n. 199 del 30/12/2025, art. 1 c. 165" });
  });
});

describe("profile A — row checks (failing cases)", () => {
  const cases: [string, Partial<Record<string, CellValue>>, string, string, Finding["severity"]][] = [
    ["1 treatment at 01/01/2017", { "Trattamento al 01/01/2017": "NASpI" }, "mobilita.trattamento-2017", "J", "errore"],
    ["2 period before 2026", { "Data fine trattamento precedente": s(30, 11, 2025), "Data inizio periodo": s(1, 12, 2025), "Numero mesi": 13 }, "mobilita.periodo.decorrenza", "L", "errore"],
    ["3 gap", { "Data inizio periodo": s(15, 1, 2026) }, "mobilita.continuita", "L", "errore"],
    ["3 overlap", { "Data fine trattamento precedente": s(10, 1, 2026) }, "mobilita.continuita", "L", "errore"],
    ["4 order", { "Data fine periodo": s(31, 12, 2025) }, "mobilita.periodo.ordine", "M", "errore"],
    ["4 duration", { "Data fine periodo": s(31, 1, 2027) }, "mobilita.periodo.durata", "M", "errore"],
    ["4 beyond the funded year", { "Data fine periodo": s(15, 1, 2027) }, "mobilita.periodo.oltre-anno", "M", "avviso"],
    ["5 months", { "Numero mesi": 11, "Fabbisogno individuale (€)": 10688.81 }, "mobilita.mesi.coerenza", "N", "avviso"],
    ["6 zero", { "Importo mensile (€)": 0, "Fabbisogno individuale (€)": 0 }, "mobilita.importo.zero", "O", "errore"],
    ["6 above the cap", { "Importo mensile (€)": 1200, "Fabbisogno individuale (€)": 14400 }, "mobilita.importo.massimale", "O", "errore"],
    ["6 upper tier", { "Importo mensile (€)": 1100, "Fabbisogno individuale (€)": 13200 }, "mobilita.importo.fascia", "O", "info"],
    ["7 fabbisogno", { "Fabbisogno individuale (€)": 11660.5 }, "mobilita.fabbisogno.calcolo", "P", "errore"],
    ["8 patto after start", { "Data patto di servizio": s(10, 1, 2026) }, "mobilita.patto.successivo", "Q", "avviso"],
    ["8 patto in the future", { "Data patto di servizio": s(1, 5, 2026) }, "mobilita.patto.futuro", "Q", "errore"],
    ["9 path outside the period", { "Data avvio percorso": s(1, 2, 2027) }, "mobilita.politica.avvio", "S", "avviso"],
    ["9 path duration", { "Durata percorso (ore)": 0 }, "mobilita.politica.durata", "T", "errore"],
    ["9 measures missing", { "Misure di politica attiva": null }, "modello.cella.obbligatoria", "R", "errore"],
    ["esito missing", { "Esito percorsi anno precedente": "" }, "mobilita.esito.mancante", "U", "errore"],
    ["10 privacy", { "Informativa privacy sottoscritta": "NO" }, "mobilita.privacy", "V", "errore"],
    ["11 semestre", { Semestre: 2 }, "mobilita.semestre", "W", "avviso"],
    ["cf invalid", { "Codice fiscale": "RSSMRA85T10A562X" }, "modello.cf.non-valido", "E", "errore"],
    ["cf lower case", { "Codice fiscale": CF.rossi.toLowerCase() }, "modello.cf.minuscolo", "E", "avviso"],
    ["birth date vs cf", { "Data di nascita": s(11, 12, 1985) }, "modello.cf.data-nascita", "F", "errore"],
    ["sex vs cf", { Sesso: "F" }, "modello.cf.sesso", "G", "errore"],
    ["company code", { "Codice fiscale azienda": "07754580013" }, "modello.cf-azienda.non-valido", "I", "errore"],
    ["regione", { Regione: "Atlantide" }, "modello.scelta.non-valida", "A", "errore"],
    ["excel error", { "Importo mensile (€)": { error: "#N/A" } }, "modello.cella.errore-excel", "O", "errore"],
    ["date as text", { "Data avvio percorso": "01/02/2026" }, "modello.data.testo", "S", "avviso"],
    ["not a date", { "Data avvio percorso": "presto" }, "modello.data.non-valida", "S", "errore"],
    ["number as text", { "Durata percorso (ore)": "120" }, "modello.numero.testo", "T", "avviso"],
    ["not a number", { "Durata percorso (ore)": "tante" }, "modello.numero.non-valido", "T", "errore"],
    ["negative amount", { "Fabbisogno individuale (€)": -5 }, "modello.importo.negativo", "P", "errore"],
    ["too many decimals", { "Importo mensile (€)": 971.711, "Fabbisogno individuale (€)": 11660.52 }, "modello.importo.decimali", "O", "avviso"],
  ];
  test.each(cases)("%s", (_name, overrides, ruleId, column, severity) => {
    const res = runA([rowA(overrides)]);
    const found = only(res, ruleId);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: `${column}${ROW1}`, row: ROW1, severity, sheet: "Elenco" });
    expect(found[0].message).not.toMatch(/\{\w+\}/);
    expect(found[0].source).not.toBe("");
  });

  test("messages carry the values involved", () => {
    const [gap] = only(runA([rowA({ "Data inizio periodo": s(15, 1, 2026) })]), "mobilita.continuita");
    expect(gap.message).toBe(
      "Il periodo inizia il 15/01/2026 ma il trattamento precedente è finito il 31/12/2025: mancano 14 giorni di continuità (doveva iniziare il 01/01/2026).",
    );
    expect(gap.source).toBe("D.L. n. 50 del 24/04/2017, art. 53-ter");
    const [cap] = only(runA([rowA({ "Importo mensile (€)": 1200, "Fabbisogno individuale (€)": 14400 })]), "mobilita.importo.massimale");
    expect(cap.message).toContain("€ 1.200,00");
    expect(cap.message).toContain("€ 1.167,91");
    expect(cap.source).toBe("Circ. INPS n. 48 del 14/03/2016");
  });

  test("fabbisogno includes contribuzione figurativa and ANF when the sheet has them", () => {
    const headers = [...HEADERS_A, "Contribuzione figurativa (€)", "ANF (€)"];
    const row = [...rowA({ "Fabbisogno individuale (€)": 11660.52 + 1000 + 200 }), 1000, 200];
    const ok = validateGrid({ sheet: "S", values: [headers, row] }, TODAY);
    expect(only(ok, "mobilita.fabbisogno.calcolo")).toEqual([]);
    const bad = validateGrid({ sheet: "S", values: [headers, [...rowA(), 1000, 200]] }, TODAY);
    expect(only(bad, "mobilita.fabbisogno.calcolo")).toHaveLength(1);
  });

  test("esito not required when the previous treatment ended before the previous year", () => {
    const res = runA([rowA({ "Esito percorsi anno precedente": null, "Data fine trattamento precedente": s(31, 12, 2024), "Data inizio periodo": s(1, 1, 2025) })]);
    expect(only(res, "mobilita.esito.mancante")).toEqual([]);
  });
});

describe("profile A — sheet checks", () => {
  test("same worker on overlapping periods", () => {
    const res = runA([rowA(), rowA({ "Data fine trattamento precedente": s(30, 6, 2026), "Data inizio periodo": s(1, 7, 2026), "Data fine periodo": s(31, 12, 2026), "Numero mesi": 6, "Fabbisogno individuale (€)": 5830.26, "Semestre": 2 })]);
    const dup = only(res, "mobilita.cf.duplicato");
    expect(dup).toHaveLength(1);
    expect(dup[0].cell).toBe(`E${ROW1 + 1}`);
    expect(dup[0].message).toContain(`riga ${ROW1}`);
    expect(only(res, "mobilita.cf.mesi-totali")).toHaveLength(1);
  });
  test("different workers do not clash", () => {
    const res = runA([rowA(), rowA({ "Codice fiscale": CF.verdi, "Data di nascita": s(1, 1, 1980) })]);
    expect(issues(res)).toEqual([]);
  });
  test("budget share, and a warning above 100%", () => {
    const res = runA([rowA()]);
    expect(only(res, "mobilita.stanziamento")[0].severity).toBe("info");
    const big = runA([rowA({ "Importo mensile (€)": 971.71, "Numero mesi": 12, "Fabbisogno individuale (€)": 11660.52 }), rowA({ "Codice fiscale": CF.verdi, "Data di nascita": null, "Fabbisogno individuale (€)": 100_000_000 })]);
    expect(only(big, "mobilita.stanziamento")[0].severity).toBe("avviso");
  });
  test("summary: records, months, totals, splits", () => {
    const res = runA([rowA(), rowA({ "Codice fiscale": CF.verdi, "Data di nascita": null, Regione: "Puglia", "Area di crisi industriale complessa": "Taranto" })]);
    expect(res.summary.records).toBe(2);
    expect(res.summary.months).toBe(24);
    expect(res.summary.totals["Fabbisogno individuale"]).toBe(23321.04);
    expect(res.summary.splits["Regione"]).toEqual({ Campania: { records: 1, amount: 11660.52 }, Puglia: { records: 1, amount: 11660.52 } });
    expect(Object.keys(res.summary.splits["Area di crisi industriale complessa"])).toEqual(["Acerra-Marcianise-Airola", "Taranto"]);
  });
});

describe("sheet structure", () => {
  test("header matching ignores case, accents, punctuation and units; any order; extra columns reported", () => {
    const headers = ["REGIONE", "area di crisi", "cognome", "NOME", "C.F.", "data di nascita", "sesso", "ragione sociale", "P.IVA", "Trattamento in corso al 1/1/2017", "Data fine trattamento precedente", "Dal", "Al", "Mesi", "Importo mensile lordo", "Costo complessivo (euro)", "Data patto di servizio (gg/mm/aaaa)", "Percorso di politica attiva", "Data avvio percorso", "Durata percorso", "Esito percorsi anno precedente", "Privacy", "Note interne"];
    const row = [...rowA().slice(0, 22), "da richiamare"];
    const res = validateGrid({ sheet: "S", values: [headers, row] }, TODAY);
    expect(res.profile?.id).toBe("mobilita-deroga");
    const extra = only(res, "modello.colonna.non-riconosciuta");
    expect(extra).toHaveLength(1);
    expect(extra[0]).toMatchObject({ cell: "W1", severity: "info" });
    expect(issues(res).filter((f) => f.ruleId !== "modello.colonna.non-riconosciuta")).toEqual([]);
  });
  test("missing required column is one sheet error on the header row", () => {
    const headers = HEADERS_A.filter((h) => h !== "Codice fiscale azienda");
    const row = rowA().filter((_, i) => HEADERS_A[i] !== "Codice fiscale azienda");
    const res = validateGrid({ sheet: "S", values: [["Titolo"], headers, row, row] }, TODAY);
    const missing = only(res, "modello.colonna.mancante");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ cell: "A2", row: 2, column: "Codice fiscale azienda" });
  });
  test("blank rows skipped; totals row checked against its columns", () => {
    const total = new Array<CellValue>(HEADERS_A.length).fill(null);
    total[0] = "TOTALE";
    total[HEADERS_A.indexOf("Fabbisogno individuale (€)")] = 23321.04;
    total[HEADERS_A.indexOf("Numero mesi")] = 24;
    const good = runA([rowA(), [], [null, "  "], rowA({ "Codice fiscale": CF.verdi, "Data di nascita": null }), total]);
    expect(good.summary.records).toBe(2);
    expect(only(good, "modello.totale.differenza")).toEqual([]);
    total[HEADERS_A.indexOf("Fabbisogno individuale (€)")] = 23321.06;
    const bad = runA([rowA(), rowA({ "Codice fiscale": CF.verdi, "Data di nascita": null }), total]);
    const diff = only(bad, "modello.totale.differenza");
    expect(diff).toHaveLength(1);
    expect(diff[0].cell).toBe(`P${ROW1 + 2}`);
    expect(diff[0].message).toContain("€ 23.321,06");
  });
  test("unknown sheet → one error, no profile", () => {
    const res = validateGrid({ sheet: "S", values: [["a", "b"], [1, 2]] });
    expect(res.profile).toBeNull();
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]).toMatchObject({ ruleId: "modello.profilo.non-riconosciuto", cell: "A1", severity: "errore" });
  });
  test("forced profile: used when its header is there; unknown id reported", () => {
    const g = gridA([rowA()]);
    expect(validateGrid({ sheet: "S", values: g }, { ...TODAY, profileId: "cigs-aree-crisi" }).profile?.id).toBe("cigs-aree-crisi");
    expect(validateGrid({ sheet: "S", values: g }, { profileId: "boh" }).findings[0].ruleId).toBe("modello.profilo.sconosciuto");
    expect(validateGrid({ sheet: "S", values: [["x"]] }, { profileId: "cigd-covid-pat" }).findings[0].ruleId).toBe("modello.intestazione.non-trovata");
  });
  test("origin offsets the addresses", () => {
    const res = validateGrid({ sheet: "S", values: gridA([rowA({ Semestre: 2 })]), origin: { row: 10, column: 3 } }, TODAY);
    expect(only(res, "mobilita.semestre")[0].cell).toBe("Y14");
  });
  test("formulas without a cached value are reported", () => {
    const res = validateGrid({ sheet: "S", values: gridA([rowA()]), formulasWithoutValue: [[4, 15], [99, 99]] }, TODAY);
    expect(only(res, "modello.cella.formula-senza-valore").map((f) => f.cell)).toEqual(["P5"]);
  });
  test("findings sorted by row then column; input not mutated", () => {
    const grid = gridA([rowA({ Semestre: 2, Regione: "X" }), rowA({ Sesso: "F", "Codice fiscale": CF.verdi, "Data di nascita": null })]);
    const copy = JSON.parse(JSON.stringify(grid));
    const res = validateGrid({ sheet: "S", values: grid }, TODAY);
    expect(grid).toEqual(copy);
    const keys = res.findings.map((f) => [f.row, f.cell.replace(/\d+/g, "").padStart(3, " ")].join(":"));
    expect([...keys].sort((a, b) => Number(a.split(":")[0]) - Number(b.split(":")[0]) || a.localeCompare(b))).toEqual(keys);
  });
  test("detectProfiles: best first, scores in 0–1", () => {
    const m = detectProfiles({ sheet: "S", values: gridA([rowA()]) });
    expect(m[0].id).toBe("mobilita-deroga");
    for (const x of m) expect(x.score).toBeGreaterThan(0), expect(x.score).toBeLessThanOrEqual(1);
    expect(detectProfiles({ sheet: "S", values: [HEADERS_C] })[0].id).toBe("cigd-covid-pat");
    expect(detectProfiles({ sheet: "S", values: [HEADERS_D] })[0].id).toBe("sgravio-solidarieta");
    expect(detectProfiles({ sheet: "S", values: [HEADERS_B] })[0].id).toBe("cigs-aree-crisi");
  });
  test("PROFILES: four profiles with Italian names and typed columns", () => {
    expect(PROFILES.map((p) => p.id)).toEqual(["mobilita-deroga", "cigs-aree-crisi", "cigd-covid-pat", "sgravio-solidarieta"]);
    for (const p of PROFILES) for (const c of p.columns) expect(c).toEqual(expect.objectContaining({ header: expect.any(String), synonyms: expect.any(Array), type: expect.any(String), required: expect.any(Boolean) }));
  });
});

function runB(rows: CellValue[][]): ValidationResult {
  return validateGrid({ sheet: "B", values: [HEADERS_B, ...rows] }, TODAY);
}
describe("profile B — CIGS aree di crisi", () => {
  test("valid row", () => expect(issues(runB([rowB({}, COSTO_B)]))).toEqual([]));
  test.each([
    ["dirigente", { Qualifica: "Dirigente" }, "cigs.qualifica.dirigente", "I"],
    ["seniority", { "Data di assunzione": s(15, 12, 2025) }, "cigs.anzianita", "J"],
    ["order", { "Data fine periodo": s(31, 12, 2025) }, "cigs.periodo.ordine", "L"],
    ["one calendar year", { "Data fine periodo": s(31, 1, 2027) }, "cigs.periodo.anno", "L"],
    ["hours", { "Data fine periodo": s(14, 1, 2026) }, "cigs.ore.contrattuali", "N"],
    ["cost", { "Costo stimato (€)": 3291.75 }, "cigs.costo.calcolo", "P"],
  ] as [string, Partial<Record<string, CellValue>>, string, string][])("%s", (_n, o, ruleId, col) => {
    const res = runB([rowB(o, COSTO_B)]);
    expect(only(res, ruleId).map((f) => f.cell)).toEqual([`${col}2`]);
  });
  test("more than 12 months", () => {
    const res = runB([rowB({ "Data inizio periodo": s(1, 1, 2026), "Data fine periodo": s(31, 12, 2026) }, COSTO_B)]);
    expect(only(res, "cigs.periodo.durata")).toEqual([]);
    const res2 = validateGrid({ sheet: "B", values: [HEADERS_B, rowB({ "Data inizio periodo": s(1, 1, 2025), "Data fine periodo": s(15, 1, 2026) }, COSTO_B)] }, TODAY);
    expect(only(res2, "cigs.periodo.durata")).toHaveLength(1);
  });
  test("seniority 90 days before 2022, 30 after", () => {
    const early = runB([rowB({ "Data di assunzione": s(1, 11, 2021), "Data inizio periodo": s(1, 12, 2021), "Data fine periodo": s(31, 12, 2021), "Ore di integrazione richieste": 100, "Retribuzione mensile (€)": 1800 }, 0)]);
    expect(only(early, "cigs.anzianita")[0].message).toContain("almeno 90");
    const later = runB([rowB({ "Data di assunzione": s(1, 11, 2025) }, COSTO_B)]);
    expect(only(later, "cigs.anzianita")).toEqual([]);
  });
  test("duplicate worker with overlapping periods; 2025 addizionale info", () => {
    const r25 = { "Data inizio periodo": s(1, 1, 2025), "Data fine periodo": s(30, 6, 2025) };
    const res = runB([rowB(r25, 0), rowB({ ...r25, "Data inizio periodo": s(1, 3, 2025) }, 0)]);
    expect(only(res, "cigs.cf.duplicato").map((f) => f.cell)).toEqual(["F3"]);
    expect(only(res, "cigs.addizionale.esonero")).toHaveLength(1);
    expect(only(runB([rowB({}, COSTO_B)]), "cigs.addizionale.esonero")).toEqual([]);
  });
});

function runC(rows: CellValue[][]): ValidationResult {
  return validateGrid({ sheet: "C", values: [HEADERS_C, ...rows] }, TODAY);
}
describe("profile C — CIGD COVID-19 Trento/Bolzano", () => {
  test("valid row", () => expect(issues(runC([rowC()]))).toEqual([]));
  test.each([
    ["code 7V", { "Codice autorizzazione INPS": "7v" }, "cigd.codice-autorizzazione", "D"],
    ["dirigente", { Qualifica: "dirigenti" }, "cigd.qualifica.dirigente", "J"],
    ["hired late", { "Data di assunzione": s(18, 3, 2020) }, "cigd.assunzione", "K"],
    ["window start", { "Data inizio": s(20, 2, 2020) }, "cigd.periodo.finestra", "L"],
    ["window end", { "Data inizio": s(1, 8, 2020), "Data fine": s(2, 9, 2020) }, "cigd.periodo.finestra", "M"],
    ["order", { "Data fine": s(1, 3, 2020) }, "cigd.periodo.ordine", "M"],
    ["agreement", { "Numero dipendenti": 6 }, "cigd.accordo", "F"],
    ["cost", { "Costo stimato (€)": 1008 }, "cigd.costo.calcolo", "O"],
  ] as [string, Partial<Record<string, CellValue>>, string, string][])("%s", (_n, o, ruleId, col) => {
    expect(only(runC([rowC(o)]), ruleId).map((f) => f.cell)).toEqual([`${col}2`]);
  });
  test("9 weeks on the union of the employer's periods, also non-continuous", () => {
    const ok = runC([rowC({ "Data inizio": s(1, 3, 2020), "Data fine": s(31, 3, 2020) }), rowC({ "Codice fiscale": CF.rossi, "Data inizio": s(15, 3, 2020), "Data fine": s(15, 4, 2020) })]);
    expect(only(ok, "cigd.settimane")).toEqual([]);
    const bad = runC([rowC({ "Data inizio": s(1, 3, 2020), "Data fine": s(31, 3, 2020) }), rowC({ "Codice fiscale": CF.rossi, "Data inizio": s(1, 5, 2020), "Data fine": s(15, 6, 2020) })]);
    expect(only(bad, "cigd.settimane").map((f) => f.cell)).toEqual(["L2"]);
  });
  test("province budget: info, warning above", () => {
    expect(only(runC([rowC()]), "cigd.stanziamento")[0].severity).toBe("info");
    expect(only(runC([rowC({ Provincia: "Bolzano", "Ore richieste": 4_000_000, "Costo stimato (€)": 33_600_000 })]), "cigd.stanziamento")[0].severity).toBe("avviso");
  });
});

function runD(rows: CellValue[][]): ValidationResult {
  return validateGrid({ sheet: "D", values: [HEADERS_D, ...rows] }, TODAY);
}
describe("profile D — sgravio solidarietà", () => {
  test("valid row", () => expect(issues(runD([rowD()]))).toEqual([]));
  test("no relief at a 20% reduction", () => {
    expect(issues(runD([rowD({ "Percentuale di riduzione oraria": "20%", "Sgravio richiesto (€)": 0 })])).map((f) => f.ruleId)).toEqual(["modello.numero.testo"]);
    expect(only(runD([rowD({ "Percentuale di riduzione oraria": 0.2 })]), "sgravio.calcolo").map((f) => f.cell)).toEqual(["I2"]);
  });
  test("wrong relief", () => expect(only(runD([rowD({ "Sgravio richiesto (€)": 3600 })]), "sgravio.calcolo")).toHaveLength(1));
  test("outside 2016–2018", () => {
    const res = runD([rowD({ "Data inizio": s(1, 1, 2019), "Data fine": s(31, 3, 2019) })]);
    expect(only(res, "sgravio.periodo.anni")[0].message).toContain("2016, 2017, 2018");
  });
  test("24 months per unit", () => {
    const ok = runD([rowD({ "Data inizio": s(1, 1, 2016), "Data fine": s(31, 12, 2017) })]);
    expect(only(ok, "sgravio.durata")).toEqual([]);
    const bad = runD([rowD({ "Data inizio": s(1, 1, 2016), "Data fine": s(31, 12, 2017) }), rowD({ "Codice fiscale": CF.rossi, "Data inizio": s(1, 1, 2018), "Data fine": s(31, 3, 2018) })]);
    expect(only(bad, "sgravio.durata").map((f) => f.cell)).toEqual(["D2"]);
  });
  test("yearly limit", () => {
    const res = runD([rowD({ "Data inizio": s(1, 1, 2016), "Data fine": s(31, 12, 2016), "Contribuzione a carico del datore (€)": 20_000_000, "Sgravio richiesto (€)": 7_000_000 })]);
    expect(only(res, "sgravio.limite-spesa")[0]).toMatchObject({ severity: "avviso" });
  });
});

export { PIVA };
void ({} as Grid);
