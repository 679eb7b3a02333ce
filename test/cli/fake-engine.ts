/**
 * A small stand-in for the validation engine, to test the CLI plumbing on its
 * own: a sheet is a model sheet when its first row has "Cognome" and "Codice
 * fiscale"; a code that is not 16 characters is an error, a missing name a
 * warning, a formula without value an info.
 */
import type { ValidationEngine } from "../../src/cli/engine";
import type { CellValue, Finding, GridInput, ProfileMatch, ValidationResult } from "../../src/validation/types";

const PROFILE = { id: "prova", name: "Profilo di prova" };

function header(grid: GridInput): string[] {
  return (grid.values[0] ?? []).map((v) => (typeof v === "string" ? v.trim().toLowerCase() : ""));
}

function detectProfiles(grid: GridInput): ProfileMatch[] {
  const h = header(grid);
  return h.includes("cognome") && h.includes("codice fiscale") ? [{ ...PROFILE, score: 1, headerRow: 1 }] : [];
}

const letter = (c: number) => String.fromCharCode(65 + c);

function validateGrid(grid: GridInput, options: { profileId?: string } = {}): ValidationResult {
  const match =
    detectProfiles(grid)[0] ?? (options.profileId === "prova" ? { ...PROFILE, score: 0, headerRow: 1 } : null);
  const summary = { records: 0, months: 0, totals: {}, splits: {} };
  if (match === null) return { sheet: grid.sheet, profile: null, findings: [], summary };
  const h = header(grid);
  const cf = h.indexOf("codice fiscale");
  const name = h.indexOf("cognome");
  const findings: Finding[] = [];
  const finding = (r: number, c: number, ruleId: string, severity: Finding["severity"], message: string): Finding => ({
    sheet: grid.sheet,
    cell: `${letter(c)}${r + 1}`,
    row: r + 1,
    column: grid.values[0][c] as string,
    ruleId,
    severity,
    message,
    source: "Fonte di prova",
  });
  grid.values.slice(1).forEach((row, i) => {
    if (row.every((v: CellValue) => v === null)) return;
    summary.records++;
    const r = i + 1;
    const code = row[cf];
    if (typeof code !== "string" || code.length !== 16) {
      findings.push(finding(r, cf, "prova.cf", "errore", `Codice fiscale «${String(code)}» non valido.`));
    }
    if (row[name] === null || row[name] === undefined)
      findings.push(finding(r, name, "prova.cognome", "avviso", "Cognome mancante."));
  });
  for (const [r, c] of grid.formulasWithoutValue ?? []) {
    findings.push(finding(r, c, "prova.formula", "info", "Formula senza valore calcolato."));
  }
  return { sheet: grid.sheet, profile: match, findings, summary };
}

export const fakeEngine: ValidationEngine = { validateGrid, detectProfiles, profiles: [PROFILE] };
