/**
 * Accepted values of the choice columns, as data: each canonical value with the
 * spellings users type. Matching ignores case, accents, punctuation and spaces
 * (see normalize.ts), so "Emilia-Romagna" and "emilia romagna" are one entry.
 */

export type Vocabulary = readonly { value: string; spellings: readonly string[] }[];

/** The 20 regions, plus the two Province autonome (which act as regions). */
export const REGIONI: Vocabulary = [
  { value: "Abruzzo", spellings: [] },
  { value: "Basilicata", spellings: [] },
  { value: "Calabria", spellings: [] },
  { value: "Campania", spellings: [] },
  { value: "Emilia-Romagna", spellings: [] },
  { value: "Friuli-Venezia Giulia", spellings: ["Friuli", "FVG"] },
  { value: "Lazio", spellings: [] },
  { value: "Liguria", spellings: [] },
  { value: "Lombardia", spellings: [] },
  { value: "Marche", spellings: [] },
  { value: "Molise", spellings: [] },
  { value: "Piemonte", spellings: [] },
  { value: "Puglia", spellings: [] },
  { value: "Sardegna", spellings: [] },
  { value: "Sicilia", spellings: [] },
  { value: "Toscana", spellings: [] },
  { value: "Trentino-Alto Adige", spellings: ["Trentino-Alto Adige/Südtirol", "Trentino Südtirol"] },
  { value: "Umbria", spellings: [] },
  { value: "Valle d'Aosta", spellings: ["Vallée d'Aoste", "Valle d'Aosta/Vallée d'Aoste"] },
  { value: "Veneto", spellings: [] },
  { value: "Provincia autonoma di Trento", spellings: ["P.A. Trento", "PA Trento", "Trento", "PAT"] },
  {
    value: "Provincia autonoma di Bolzano",
    spellings: ["P.A. Bolzano", "PA Bolzano", "Bolzano", "Alto Adige", "Bozen", "Südtirol"],
  },
];

export const PROVINCE_AUTONOME: Vocabulary = [
  { value: "Trento", spellings: ["Provincia autonoma di Trento", "P.A. Trento", "PA Trento", "PAT", "Trentino"] },
  {
    value: "Bolzano",
    spellings: [
      "Provincia autonoma di Bolzano",
      "P.A. Bolzano",
      "PA Bolzano",
      "PAB",
      "Alto Adige",
      "Bolzano-Alto Adige",
      "Bozen",
      "Südtirol",
    ],
  },
];

export const QUALIFICHE: Vocabulary = [
  { value: "operaio", spellings: ["operai", "operaia", "op"] },
  { value: "impiegato", spellings: ["impiegati", "impiegata", "imp"] },
  { value: "quadro", spellings: ["quadri"] },
  { value: "apprendista", spellings: ["apprendisti", "app"] },
  // Accepted as a value so that the check can say why the row is excluded.
  { value: "dirigente", spellings: ["dirigenti", "dir"] },
];

export const SESSI: Vocabulary = [
  { value: "M", spellings: ["maschio", "uomo", "maschile"] },
  { value: "F", spellings: ["femmina", "donna", "femminile"] },
];

export const SI_NO: Vocabulary = [
  { value: "si", spellings: ["sì", "s", "x", "true", "vero", "yes"] },
  { value: "no", spellings: ["n", "false", "falso"] },
];

export const SEMESTRI: Vocabulary = [
  { value: "1", spellings: ["I", "primo", "1° semestre", "primo semestre", "1 semestre"] },
  { value: "2", spellings: ["II", "secondo", "2° semestre", "secondo semestre", "2 semestre"] },
];
