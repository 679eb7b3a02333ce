/**
 * Fixture grids of the four Ministry model profiles, built as Excel gives them
 * (dates as serials). Valid rows by default; tests spoil single cells.
 */
import { dayOf, serialOf } from "../../src/engine/dates";
import type { CellValue, Grid } from "../../src/validation/types";

/** Excel serial of d/m/y. */
export function s(d: number, m: number, y: number): number {
  return serialOf(dayOf(y, m, d)!);
}

export const HEADERS_A = [
  "Regione",
  "Area di crisi industriale complessa",
  "Cognome",
  "Nome",
  "Codice fiscale",
  "Data di nascita",
  "Sesso",
  "Azienda di provenienza",
  "Codice fiscale azienda",
  "Trattamento al 01/01/2017",
  "Data fine trattamento precedente",
  "Data inizio periodo",
  "Data fine periodo",
  "Numero mesi",
  "Importo mensile (€)",
  "Fabbisogno individuale (€)",
  "Data patto di servizio",
  "Misure di politica attiva",
  "Data avvio percorso",
  "Durata percorso (ore)",
  "Esito percorsi anno precedente",
  "Informativa privacy sottoscritta",
  "Semestre",
];

/** Valid codici fiscali (check characters computed independently). */
export const CF = {
  rossi: "RSSMRA85T10A562S", // M, 10/12/1985
  bianchi: "BNCLRA90A41H501F", // F, 01/01/1990
  verdi: "VRDGPP80A01L219M", // M, 01/01/1980
};
export const PIVA = "07754580012";

export function rowA(overrides: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const base: Record<string, CellValue> = {
    Regione: "Campania",
    "Area di crisi industriale complessa": "Acerra-Marcianise-Airola",
    Cognome: "Rossi",
    Nome: "Mario",
    "Codice fiscale": CF.rossi,
    "Data di nascita": s(10, 12, 1985),
    Sesso: "M",
    "Azienda di provenienza": "Alfa S.p.A.",
    "Codice fiscale azienda": PIVA,
    "Trattamento al 01/01/2017": "Mobilità in deroga",
    "Data fine trattamento precedente": s(31, 12, 2025),
    "Data inizio periodo": s(1, 1, 2026),
    "Data fine periodo": s(31, 12, 2026),
    "Numero mesi": 12,
    "Importo mensile (€)": 971.71,
    "Fabbisogno individuale (€)": 11660.52,
    "Data patto di servizio": s(15, 12, 2025),
    "Misure di politica attiva": "Formazione e orientamento",
    "Data avvio percorso": s(1, 2, 2026),
    "Durata percorso (ore)": 120,
    "Esito percorsi anno precedente": "Corso frequentato, attestato",
    "Informativa privacy sottoscritta": "Sì",
    Semestre: 1,
  };
  const merged = { ...base, ...overrides };
  return HEADERS_A.map((h) => (h in merged ? (merged[h] as CellValue) : null));
}

/** A profile A sheet: two title rows, a blank row, the header, the rows. */
export function gridA(rows: CellValue[][], titles = true): Grid {
  const top: CellValue[][] = titles ? [["Regione Campania – elenco mobilità in deroga 2026"], ["Allegato alla richiesta di sostenibilità finanziaria"], []] : [];
  return [...top, [...HEADERS_A], ...rows];
}
