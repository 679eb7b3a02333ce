/**
 * Property-based tests of every CIG.* adapter (the catalogue comes from the JSDoc
 * metadata, so a new function is covered as soon as it exists): for thousands of
 * arguments of any Excel type, nothing but a CustomFunctions.Error escapes, no
 * NaN / Infinity / undefined comes back (also inside spilled arrays), money has at
 * most two decimals, and every error is #VALUE! or #N/A with an Italian message.
 */
import fc from "fast-check";
import { loadCatalogue, type CatalogueFunction } from "../formula-engine/catalogue";
import { argumentsFor } from "./excel-arbitraries";

/**
 * What each result is, decided from the function's description in the catalogue
 * (funzioni.md): "money" is euro to the cent, "date" an Excel serial (whole days),
 * "table" a spilled table whose numbers are years or euro amounts. A function
 * missing here fails the test until someone decides.
 */
const RESULT_KIND: Record<string, "money" | "rate" | "weeks" | "date" | "boolean" | "text" | "table"> = {
  MASSIMALE: "money",
  ADDIZIONALE: "money",
  "ADDIZIONALE.ALIQUOTA": "rate",
  INTEGRAZIONE: "money",
  "CONTRIBUTO.ORDINARIO": "money",
  SETTIMANE: "weeks",
  "SETTIMANE.RESIDUE": "weeks",
  "SGRAVIO.SOLIDARIETA": "money",
  "COSTO.CIGD": "money",
  "CF.VALIDO": "boolean",
  "CF.NASCITA": "date",
  "TABELLA.MASSIMALI": "table",
  FONTE: "text",
};

const NUM_RUNS = Number(process.env.CIG_PROPERTY_RUNS ?? 3000);

/** Messages that betray a JavaScript failure rather than an Italian explanation. */
const ENGLISH_OR_BROKEN =
  /Cannot |undefined|NaN|Infinity|TypeError|RangeError|is not a function|is not defined|of null|\[object |\[DecimalError\]|Invalid argument|Errore imprevisto/;

const ITALIAN_WORDS = new Set(
  "il la lo le l un una di del della dei nel nella per tra è e non deve essere manca ricevuto dal al anno data periodo valore numero".split(
    " ",
  ),
);

function decimals(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  if (/e-/.test(s)) return Number(s.split("e-")[1]) + (s.split("e-")[0].split(".")[1]?.length ?? 0);
  return s.split(".")[1]?.length ?? 0;
}

/** Problems with one CustomFunctions.Error (thrown or placed in a cell). */
function errorProblems(e: unknown): string[] {
  if (!(e instanceof CustomFunctions.Error)) {
    return [`eccezione non CustomFunctions.Error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`];
  }
  const out: string[] = [];
  if (e.code !== "#VALUE!" && e.code !== "#N/A") out.push(`codice ${e.code}`);
  // The user's own input is echoed between «»: judge only the message's own words.
  let own = e.message ?? "";
  for (let prev = ""; prev !== own;) {
    prev = own;
    own = own.replace(/«[^«»]*»/g, "«…»");
  }
  if (!e.message || e.message.trim().length < 10 || e.message === e.code)
    out.push(`messaggio vuoto o generico «${e.message}»`);
  else if (ENGLISH_OR_BROKEN.test(own)) out.push(`messaggio non italiano o tecnico «${e.message}»`);
  else if (
    !own
      .toLowerCase()
      .split(/[^a-zàèéìòù]+/)
      .some((w) => ITALIAN_WORDS.has(w))
  ) {
    out.push(`messaggio non in italiano «${e.message}»`);
  }
  return out;
}

function valueProblems(fn: CatalogueFunction, v: unknown, kind: string, where = ""): string[] {
  if (v instanceof CustomFunctions.Error) return errorProblems(v).map((p) => `${where}${p}`);
  if (v === undefined) return [`${where}undefined`];
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return [`${where}numero non finito ${v}`];
    if ((kind === "money" || kind === "table") && decimals(v) > 2)
      return [`${where}importo con più di 2 decimali: ${v}`];
    if (kind === "date" && !Number.isInteger(v)) return [`${where}data non intera ${v}`];
    return [];
  }
  if (typeof v === "string" || typeof v === "boolean" || v === null) {
    if (typeof v === "string" && /undefined|NaN|\[object /.test(v)) return [`${where}testo sospetto «${v}»`];
    return [];
  }
  return [`${where}valore di tipo ${typeof v}`];
}

function resultProblems(fn: CatalogueFunction, result: unknown): string[] {
  const kind = RESULT_KIND[fn.name];
  if (fn.resultMatrix) {
    if (!Array.isArray(result)) return valueProblems(fn, result, kind);
    const rows = result as unknown[][];
    const out: string[] = [];
    if (rows.some((r) => !Array.isArray(r))) out.push("riga della matrice non è un array");
    if (rows.length > 0 && rows.some((r) => r.length !== rows[0].length))
      out.push("righe della matrice di lunghezza diversa");
    rows.forEach((r, i) =>
      (Array.isArray(r) ? r : []).forEach((c, j) => out.push(...valueProblems(fn, c, kind, `[${i}][${j}] `))),
    );
    return out;
  }
  if (Array.isArray(result)) return ["matrice da una funzione scalare"];
  const out = valueProblems(fn, result, kind);
  if (result !== null && !(result instanceof CustomFunctions.Error)) {
    const t = fn.resultType;
    if ((t === "number" || t === "boolean" || t === "string") && typeof result !== t)
      out.push(`tipo ${typeof result} invece di ${t}`);
  }
  return out;
}

/** Calls the adapter; the list of problems (empty when the call behaved). */
export function checkCall(fn: CatalogueFunction, args: unknown[]): string[] {
  let result: unknown;
  try {
    result = fn.impl(...args);
  } catch (e) {
    return errorProblems(e);
  }
  return resultProblems(fn, result);
}

function show(args: unknown[]): string {
  return JSON.stringify(args, (_k, v) =>
    v === undefined ? "‹omesso›" : v instanceof CustomFunctions.Error ? `‹${v.code}›` : v,
  );
}

let catalogue: CatalogueFunction[];
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

describe("CIG.* adapters under random Excel arguments", () => {
  test("every catalogue function has a declared result kind", () => {
    expect(catalogue.filter((fn) => !(fn.name in RESULT_KIND)).map((fn) => fn.fullName)).toEqual([]);
    expect(catalogue.length).toBeGreaterThan(0);
  });

  // One test per function, known once the metadata is generated: a single test loops
  // over the catalogue so that new functions need no edit here.
  test("no stray exception, NaN, Infinity, undefined; money to the cent; Italian #VALUE!/#N/A", () => {
    const report: string[] = [];
    for (const fn of catalogue) {
      const seen = new Set<string>();
      const started = Date.now();
      let calls = 0;
      let values = 0;
      fc.assert(
        fc.property(argumentsFor(fn.parameters), (args) => {
          calls++;
          try {
            fn.impl(...args);
            values++;
          } catch {
            // counted as an error; checkCall below judges it
          }
          for (const p of checkCall(fn, args)) {
            const key = `${fn.fullName}: ${p.replace(/«[^»]*»/g, "«…»")}`;
            if (!seen.has(key) && seen.size < 5) report.push(`${fn.fullName}${show(args)} → ${p}`);
            seen.add(key);
          }
          return true;
        }),
        { numRuns: NUM_RUNS, seed: 20261122 },
      );
      process.stdout.write(
        `${fn.fullName}: ${calls} chiamate (${values} con risultato) in ${Date.now() - started} ms\n`,
      );
      // The generators must reach the function's calculation, not only its argument checks.
      if (values === 0)
        report.push(`${fn.fullName}: nessuna chiamata con risultato: i generatori non raggiungono il calcolo`);
    }
    expect(report).toEqual([]);
  });
});
