/**
 * A Ministry model sheet (profile mobilita-deroga) for the browser harness, the tests and the
 * benchmark: `rows` workers, every row valid except the ones the `faults` put wrong on purpose.
 */
import { checkCharacter } from "../../../src/engine/codice-fiscale";
import { dayOf, serialOf } from "../../../src/engine/dates";
import type { CellValue } from "../../../src/validation/types";
import { HEADERS_A } from "../../validation/fixtures";

const serial = (y: number, m: number, d: number): number => serialOf(dayOf(y, m, d)!);
const MONTHS = "ABCDEHLMPRST";
const CONSONANTS = "BCDFGHLMNPRSTVZ";
const REGIONS = ["Campania", "Sardegna", "Lazio", "Sicilia", "Toscana", "Puglia"];
const AREAS = [
  "Area di crisi di Termini Imerese",
  "Area di crisi di Portovesme",
  "Area di crisi di Frosinone",
  "Area di crisi di Piombino",
];
const SURNAMES = ["Rossi", "Bianchi", "Esposito", "Russo", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno"];
const NAMES = ["Mario", "Anna", "Giuseppe", "Maria", "Luca", "Giulia", "Paolo", "Sara"];

/** A valid codice fiscale, different for every i. */
export function codiceFiscale(i: number, female: boolean, year: number, month: number, day: number): string {
  const letters = (n: number) =>
    CONSONANTS[n % 15] + CONSONANTS[Math.floor(n / 15) % 15] + CONSONANTS[Math.floor(n / 225) % 15];
  const first15 =
    letters(i) +
    letters(Math.floor(i / 3375) + 7) +
    String(year % 100).padStart(2, "0") +
    MONTHS[month - 1] +
    String(day + (female ? 40 : 0)).padStart(2, "0") +
    "H501";
  return first15 + checkCharacter(first15);
}

/** A valid partita IVA, different for every i. */
export function partitaIva(i: number): string {
  const base = String(1_000_000_000 + ((i * 7919) % 900_000_000)).slice(0, 10);
  let sum = 0;
  for (let k = 0; k < 10; k++) {
    const d = Number(base[k]);
    sum += k % 2 === 0 ? d : d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  return base + String((10 - (sum % 10)) % 10);
}

export interface FixtureOptions {
  /** Put a known fault in every `faultEvery`-th row (0: no faults). */
  faultEvery?: number;
  /** Rows above the header (titles), as the real files have. */
  titleRows?: boolean;
}

/** Header + `rows` worker rows (+ optional title rows above), values as Excel gives them. */
export function mobilitaSheet(rows: number, options: FixtureOptions = {}): CellValue[][] {
  const out: CellValue[][] = [];
  if (options.titleRows) {
    out.push(["Elenco beneficiari mobilità in deroga 2026 – Regione (allegato alla richiesta)"]);
    out.push([]);
  }
  out.push([...HEADERS_A]);
  const every = options.faultEvery ?? 0;
  for (let i = 0; i < rows; i++) {
    const female = i % 2 === 1;
    const year = 1960 + (i % 30);
    const month = 1 + (i % 12);
    const day = 1 + (i % 28);
    const months = 6;
    const monthly = 900 + (i % 7) * 10;
    const row: CellValue[] = [
      REGIONS[i % REGIONS.length],
      AREAS[i % AREAS.length],
      SURNAMES[i % SURNAMES.length],
      NAMES[i % NAMES.length],
      codiceFiscale(i, female, year, month, day),
      serial(year, month, day),
      female ? "F" : "M",
      `Officine ${SURNAMES[(i + 3) % SURNAMES.length]} S.r.l.`,
      partitaIva(i),
      "mobilità in deroga",
      serial(2025, 12, 31),
      serial(2026, 1, 1),
      serial(2026, 6, 30),
      months,
      monthly,
      months * monthly,
      serial(2025, 12, 15),
      "Orientamento e formazione",
      serial(2026, 2, 1),
      40,
      "Percorso concluso",
      "Sì",
      1,
    ];
    if (every && i % every === 0) {
      const kind = (i / every) % 4;
      if (kind === 0) row[4] = "RSSMRA85T10A56XX"; // codice fiscale not valid
      if (kind === 1) row[14] = 1500; // monthly amount above the cap
      if (kind === 2) row[21] = "No"; // privacy notice not signed
      if (kind === 3) row[11] = serial(2026, 1, 20); // gap after the previous treatment
    }
    out.push(row);
  }
  return out;
}
