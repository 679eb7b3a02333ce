/**
 * Monthly caps ("massimali") of the integrazione salariale, 2014–2026.
 * Published figures are stored as published, never derived from each other:
 * INPS computes netto and edilizia from unrounded indexed values (verified-facts §1c).
 */
import type { Rule, RuleEntry, RuleModule, Source } from "../schema";

const CHECKED = "2026-11-22";

type Year = number;
interface Circ {
  source: string;
  numero: string;
  data: string;
  url: string;
}

/** INPS circulars publishing each year's caps (verified-facts §1a, §1b). */
const CIRCOLARI: Record<Year, Circ> = {
  2014: {
    source: "inps-circ-12-2014",
    numero: "12",
    data: "2014-01-29",
    url: "https://cislverona.it/trattamenti-di-disoccupazione-mobilita-ed-integrazione-salariale-nuovi-importi-per-il-2014",
  },
  2015: {
    source: "inps-circ-19-2015",
    numero: "19",
    data: "2015-01-30",
    url: "https://wikilabour.it/segnalazioni/previdenza/inps-circolare-n-19-del-30-gennaio-2015",
  },
  2016: {
    source: "inps-circ-48-2016",
    numero: "48",
    data: "2016-03-14",
    url: "https://www.7grammilavoro.com/inps-massimali-cassa-integrazione-naspi-e-mobilita/",
  },
  2017: {
    source: "inps-circ-36-2017",
    numero: "36",
    data: "2017-02-21",
    url: "https://www.cgiamestre.com/nuovi-massimali-per-le-integrazioni-salariali-2017/",
  },
  2018: { source: "inps-circ-19-2018", numero: "19", data: "2018-01-31", url: "https://rivistafiscaleweb.it/?p=65236" },
  2019: {
    source: "inps-circ-5-2019",
    numero: "5",
    data: "2019-01-25",
    url: "http://www.assistal.it/inps-massimali-2019-cig-naspi/",
  },
  2020: {
    source: "inps-circ-20-2020",
    numero: "20",
    data: "2020-02-10",
    url: "https://wikilabour.it/segnalazioni/previdenza/inps-circolare-10-febbraio-2020-n-20",
  },
  2021: {
    source: "inps-circ-7-2021",
    numero: "7",
    data: "2021-01-21",
    url: "http://www.gdc.ancitel.it/ammortizzatori-sociali-stabiliti-gli-importi-massimi-dal-1-gennaio-2021/",
  },
  2022: {
    source: "inps-circ-26-2022",
    numero: "26",
    data: "2022-02-16",
    url: "https://wikilabour.it/segnalazioni/previdenza/inps-circolare-16-febbraio-2022-n-26",
  },
  2023: {
    source: "inps-circ-14-2023",
    numero: "14",
    data: "2023-02-03",
    url: "https://www.studiocaglieri.com/post/fissati-gli-importi-massimi-di-cig-e-disoccupazione",
  },
  2024: {
    source: "inps-circ-25-2024",
    numero: "25",
    data: "2024-01-29",
    url: "https://www.lavorosi.it/prestazioni-previdenziali/integrazioni-salariali/inps-circ-n-25-del-29012024-ammortizzatori-sociali-massimali-e-minimali-delle-prestazi/",
  },
  2025: {
    source: "inps-circ-25-2025",
    numero: "25",
    data: "2025-01-29",
    url: "https://consulentidellavoro.pe.it/id/17446",
  },
  2026: {
    source: "inps-circ-4-2026",
    numero: "4",
    data: "2026-01-28",
    url: "https://ntpluslavoro.ilsole24ore.com/art/nel-2026-cig-mensile-netta-importo-massimo-134056-euro-AIjfuu6",
  },
};

/** Two-tier years: [threshold, lower lordo, lower netto, upper lordo, upper netto] (verified-facts §1a). */
const DUE_FASCE: Record<Year, [string, string, string, string, string]> = {
  2014: ["2098.04", "969.77", "913.14", "1165.58", "1097.51"],
  2015: ["2102.24", "971.71", "914.96", "1167.91", "1099.70"],
  2016: ["2102.24", "971.71", "914.96", "1167.91", "1099.70"],
  2017: ["2102.24", "971.71", "914.96", "1167.91", "1099.70"],
  2018: ["2125.36", "982.40", "925.03", "1180.76", "1111.80"],
  2019: ["2148.74", "993.21", "935.21", "1193.75", "1124.04"],
  2020: ["2159.48", "998.18", "939.89", "1199.72", "1129.66"],
  2021: ["2159.48", "998.18", "939.89", "1199.72", "1129.66"],
};

/** Edilizia/lapideo intemperie stagionali, two-tier years: [lower lordo, lower netto, upper lordo, upper netto] (§1c). */
const EDILIZIA_DUE_FASCE: Record<Year, [string, string, string, string]> = {
  2014: ["1163.72", "1095.76", "1398.70", "1317.02"],
  2015: ["1166.05", "1097.95", "1401.49", "1319.64"],
  2016: ["1166.05", "1097.95", "1401.49", "1319.64"],
  2017: ["1166.05", "1097.95", "1401.49", "1319.64"],
  2018: ["1178.88", "1110.03", "1416.91", "1334.16"],
  2019: ["1191.85", "1122.25", "1432.50", "1348.84"],
  2020: ["1197.82", "1127.87", "1439.66", "1355.58"],
  2021: ["1197.82", "1127.87", "1439.66", "1355.58"],
};

/** Single-cap years: [lordo, netto, edilizia lordo, edilizia netto] (§1b, §1c). */
const UNICO: Record<Year, [string, string, string, string]> = {
  2022: ["1222.51", "1151.12", "1467.01", "1381.34"],
  2023: ["1321.53", "1244.36", "1585.84", "1493.23"],
  2024: ["1392.89", "1311.56", "1671.48", "1573.86"],
  2025: ["1404.03", "1322.05", "1684.85", "1586.45"],
  2026: ["1423.69", "1340.56", "1708.44", "1608.66"],
};

const EDILIZIA_2018_NOTA =
  "Valore derivato: nessuna fonte pubblica con gli importi 2018 per intemperie stagionali è stata trovata. " +
  "Calcolato come massimale 2018 × 1,2 (lordo) e lordo × 0,9416 (netto), il metodo che gli importi 2020 confermano.";
const EDILIZIA_2020_NOTA =
  "Confermato da ANCE Avellino (sintesi della circ. INPS 20/2020); coincide con gli importi 2021, dichiarati invariati rispetto al 2020.";

const sources: Source[] = [
  ...Object.entries(CIRCOLARI).map(([year, c]) => ({
    id: c.source,
    kind: "circolare-inps" as const,
    numero: c.numero,
    data: c.data,
    titolo: `Importi massimi dei trattamenti di integrazione salariale per l'anno ${year}`,
    url: c.url,
  })),
  {
    id: "dlgs-148-2015-art3-c5",
    kind: "decreto-legislativo",
    numero: "148",
    data: "2015-09-14",
    articolo: "art. 3 c. 5",
    titolo: "Misura dell'integrazione salariale: due massimali mensili secondo la retribuzione di riferimento",
    url: "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2015-09-14;148~art3",
  },
  {
    id: "l-234-2021-c194",
    kind: "legge",
    numero: "234",
    data: "2021-12-30",
    articolo: "art. 1 c. 194 (art. 3 c. 5-bis D.Lgs. 148/2015)",
    titolo: "Legge di bilancio 2022: massimale unico dal 1° gennaio 2022",
    url: "https://windpress.info/it/press-release/552103/l-inps-definisce-gli-importi-massimi-degli-ammortizzatori-sociali-redigo-info",
  },
  {
    id: "ance-av-2020",
    kind: "documento",
    numero: "",
    data: "2020-02-10",
    titolo: "ANCE Avellino: importi massimi 2020 (sintesi della circ. INPS 20/2020), intemperie stagionali",
    url: "https://ance.av.it/importi-massimi-dei-trattamenti-di-integrazione-salariale-e-naspi-relativi-allanno-2020",
  },
];

function annual(year: Year, value: string, extra: Partial<RuleEntry> = {}): RuleEntry {
  return {
    from: `${year}-01-01`,
    value,
    source: CIRCOLARI[year].source,
    verifiedOn: CHECKED,
    status: "pubblicato",
    ...extra,
  };
}

function series<T>(table: Record<Year, T>, pick: (row: T, year: Year) => RuleEntry): RuleEntry[] {
  return Object.entries(table).map(([y, row]) => pick(row, Number(y)));
}

function edilizia(year: Year, value: string): RuleEntry {
  if (year === 2018) return annual(year, value, { status: "derivato", nota: EDILIZIA_2018_NOTA });
  if (year === 2020) return annual(year, value, { alsoSources: ["ance-av-2020"], nota: EDILIZIA_2020_NOTA });
  return annual(year, value);
}

const rules: Rule[] = [
  {
    id: "massimale.regime",
    descrizione: "Sistema dei massimali: due fasce secondo la retribuzione fino al 2021, massimale unico dal 2022",
    unit: "testo",
    validity: "fino-a-modifica",
    entries: [
      {
        from: "2014-01-01",
        value: "due-fasce",
        source: "inps-circ-12-2014",
        alsoSources: ["dlgs-148-2015-art3-c5"],
        verifiedOn: CHECKED,
      },
      { from: "2022-01-01", value: "unico", source: "l-234-2021-c194", verifiedOn: CHECKED },
    ],
  },
  {
    id: "massimale.soglia",
    descrizione:
      "Retribuzione mensile di riferimento (compresi i ratei delle mensilità aggiuntive) oltre la quale si applica il massimale superiore",
    unit: "EUR",
    validity: "annuale",
    entries: series(DUE_FASCE, (r, y) => annual(y, r[0])),
  },
  {
    id: "massimale.inferiore.lordo",
    descrizione: "Massimale mensile inferiore (retribuzione fino alla soglia), lordo",
    unit: "EUR",
    validity: "annuale",
    entries: series(DUE_FASCE, (r, y) => annual(y, r[1])),
  },
  {
    id: "massimale.inferiore.netto",
    descrizione: "Massimale mensile inferiore, al netto della riduzione del 5,84% (art. 26 L. 41/1986)",
    unit: "EUR",
    validity: "annuale",
    entries: series(DUE_FASCE, (r, y) => annual(y, r[2])),
  },
  {
    id: "massimale.superiore.lordo",
    descrizione: "Massimale mensile superiore (retribuzione oltre la soglia), lordo",
    unit: "EUR",
    validity: "annuale",
    entries: series(DUE_FASCE, (r, y) => annual(y, r[3])),
  },
  {
    id: "massimale.superiore.netto",
    descrizione: "Massimale mensile superiore, al netto della riduzione del 5,84%",
    unit: "EUR",
    validity: "annuale",
    entries: series(DUE_FASCE, (r, y) => annual(y, r[4])),
  },
  {
    id: "massimale.edilizia.inferiore.lordo",
    descrizione:
      "Massimale inferiore per intemperie stagionali nei settori edilizia e lapideo (+20%, art. 2 c. 17 L. 549/1995), lordo",
    unit: "EUR",
    validity: "annuale",
    entries: series(EDILIZIA_DUE_FASCE, (r, y) => edilizia(y, r[0])),
  },
  {
    id: "massimale.edilizia.inferiore.netto",
    descrizione: "Massimale inferiore per intemperie stagionali (edilizia, lapideo), netto",
    unit: "EUR",
    validity: "annuale",
    entries: series(EDILIZIA_DUE_FASCE, (r, y) => edilizia(y, r[1])),
  },
  {
    id: "massimale.edilizia.superiore.lordo",
    descrizione: "Massimale superiore per intemperie stagionali (edilizia, lapideo), lordo",
    unit: "EUR",
    validity: "annuale",
    entries: series(EDILIZIA_DUE_FASCE, (r, y) => edilizia(y, r[2])),
  },
  {
    id: "massimale.edilizia.superiore.netto",
    descrizione: "Massimale superiore per intemperie stagionali (edilizia, lapideo), netto",
    unit: "EUR",
    validity: "annuale",
    entries: series(EDILIZIA_DUE_FASCE, (r, y) => edilizia(y, r[3])),
  },
  {
    id: "massimale.unico.lordo",
    descrizione: "Massimale mensile unico (CIGO, CIGS, CISOA, assegno di integrazione salariale), lordo",
    unit: "EUR",
    validity: "annuale",
    entries: series(UNICO, (r, y) => annual(y, r[0])),
  },
  {
    id: "massimale.unico.netto",
    descrizione: "Massimale mensile unico, al netto della riduzione del 5,84%",
    unit: "EUR",
    validity: "annuale",
    entries: series(UNICO, (r, y) => annual(y, r[1])),
  },
  {
    id: "massimale.edilizia.unico.lordo",
    descrizione: "Massimale unico per intemperie stagionali (edilizia, lapideo), lordo",
    unit: "EUR",
    validity: "annuale",
    entries: series(UNICO, (r, y) => annual(y, r[2])),
  },
  {
    id: "massimale.edilizia.unico.netto",
    descrizione: "Massimale unico per intemperie stagionali (edilizia, lapideo), netto",
    unit: "EUR",
    validity: "annuale",
    entries: series(UNICO, (r, y) => annual(y, r[3])),
  },
];

const massimali: RuleModule = { sources, rules };
export default massimali;
