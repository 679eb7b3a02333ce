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

export const HEADERS_B = [
  "Azienda", "Codice fiscale azienda", "Unità produttiva", "Area di crisi industriale complessa", "Regione",
  "Codice fiscale", "Cognome", "Nome", "Qualifica", "Data di assunzione", "Data inizio periodo", "Data fine periodo",
  "Ore settimanali contrattuali", "Ore di integrazione richieste", "Retribuzione oraria (€)", "Costo stimato (€)",
];

export function rowB(o: Partial<Record<string, CellValue>> = {}, costo: number): CellValue[] {
  const base: Record<string, CellValue> = {
    Azienda: "Beta S.r.l.", "Codice fiscale azienda": PIVA, "Unità produttiva": "Stabilimento di Taranto",
    "Area di crisi industriale complessa": "Taranto", Regione: "Puglia", "Codice fiscale": CF.rossi, Cognome: "Rossi",
    Nome: "Mario", Qualifica: "operaio", "Data di assunzione": s(1, 3, 2010), "Data inizio periodo": s(1, 1, 2026),
    "Data fine periodo": s(30, 6, 2026), "Ore settimanali contrattuali": 40, "Ore di integrazione richieste": 400,
    "Retribuzione oraria (€)": 12, "Costo stimato (€)": costo,
  };
  const m = { ...base, ...o };
  return HEADERS_B.map((h) => (h in m ? (m[h] as CellValue) : null));
}

export const HEADERS_C = [
  "Provincia", "Azienda", "Codice fiscale azienda", "Codice autorizzazione INPS", "Numero dipendenti", "Accordo sindacale",
  "Codice fiscale", "Cognome", "Nome", "Qualifica", "Data di assunzione", "Data inizio", "Data fine", "Ore richieste", "Costo stimato (€)",
];

export function rowC(o: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const base: Record<string, CellValue> = {
    Provincia: "Trento", Azienda: "Gamma S.n.c.", "Codice fiscale azienda": PIVA, "Codice autorizzazione INPS": "1A",
    "Numero dipendenti": 4, "Accordo sindacale": "No", "Codice fiscale": CF.verdi, Cognome: "Verdi", Nome: "Giuseppe",
    Qualifica: "operaio", "Data di assunzione": s(1, 1, 2019), "Data inizio": s(16, 3, 2020), "Data fine": s(15, 4, 2020),
    "Ore richieste": 120, "Costo stimato (€)": 972, // 120 h × € 8,10 (Trento, operai)
  };
  const m = { ...base, ...o };
  return HEADERS_C.map((h) => (h in m ? (m[h] as CellValue) : null));
}

export const HEADERS_D = [
  "Codice fiscale", "Cognome", "Nome", "Unità produttiva", "Percentuale di riduzione oraria", "Data inizio", "Data fine",
  "Contribuzione a carico del datore (€)", "Sgravio richiesto (€)",
];

export function rowD(o: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const base: Record<string, CellValue> = {
    "Codice fiscale": CF.bianchi, Cognome: "Bianchi", Nome: "Lara", "Unità produttiva": "UP Roma",
    "Percentuale di riduzione oraria": 0.3, "Data inizio": s(1, 1, 2017), "Data fine": s(31, 12, 2017),
    "Contribuzione a carico del datore (€)": 10000, "Sgravio richiesto (€)": 3500, // 35% of 10.000
  };
  const m = { ...base, ...o };
  return HEADERS_D.map((h) => (h in m ? (m[h] as CellValue) : null));
}
