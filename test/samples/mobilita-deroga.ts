/** Sample list for profile A: beneficiaries of mobilità in deroga 2026 (art. 53-ter D.L. 50/2017). */
import { dec, toCents } from "../../src/engine/money";
import { d, type Mistake, type SampleRow, type SampleSpec } from "./model";
import { partitaIva, person } from "./people";

const AREE: [string, string][] = [
  ["Sardegna", "Portovesme"],
  ["Sardegna", "Porto Torres"],
  ["Campania", "Acerra-Marcianise-Airola"],
  ["Lazio", "Frosinone"],
  ["Puglia", "Taranto"],
];
const AZIENDE = [
  "Metalli Sulcis S.p.A.",
  "Chimica del Golfo S.r.l.",
  "Vetreria Meridionale S.p.A.",
  "Cartiere Ciociare S.r.l.",
  "Siderurgica Ionica S.p.A.",
];
const IMPORTI = [950, 900, 971.71, 880.5];

const euroTimes = (months: number, monthly: number): number => toCents(dec(months).times(monthly)).toNumber();

/** A clean row: either a full year from 01/01/2026, or ten months from 01/03/2026. */
function row(i: number): SampleRow {
  const p = person(i);
  const [regione, area] = AREE[i % AREE.length];
  const late = i % 2 === 1;
  const mesi = late ? 10 : 12;
  const importo = IMPORTI[i % IMPORTI.length];
  return {
    regione,
    area,
    cognome: p.cognome,
    nome: p.nome,
    cf: p.cf,
    nascita: p.nascita,
    sesso: p.sesso,
    azienda: AZIENDE[i % AZIENDE.length],
    cfAzienda: partitaIva(1_234_567_000 + (i % AZIENDE.length)),
    trattamento: i % 3 === 0 ? "mobilità ordinaria" : "mobilità in deroga",
    fineTrattamento: late ? d(2026, 2, 28) : d(2025, 12, 31),
    inizio: late ? d(2026, 3, 1) : d(2026, 1, 1),
    fine: d(2026, 12, 31),
    mesi,
    importoMensile: importo,
    fabbisogno: { formula: "{mesi}*{importoMensile}", result: euroTimes(mesi, importo) },
    patto: late ? d(2026, 2, 10) : d(2025, 12, 15),
    politica: i % 2 === 0 ? "Formazione professionale" : "Tirocinio di inserimento",
    avvioPercorso: late ? d(2026, 4, 1) : d(2026, 2, 2),
    durataPercorso: late ? 80 : 120,
    esito: "Percorso concluso",
    privacy: "Sì",
    semestre: 1,
  };
}

/** One wrong row built from a clean one. */
function one(what: string, expect: [string, string][], change: (r: SampleRow) => void): Mistake {
  return {
    what,
    rows: (base) => {
      const r = base(0);
      change(r);
      return [r];
    },
    expect: expect.map(([ruleId, key]) => ({ ruleId, key })),
  };
}

/** A full-year row (01/01–31/12/2026) with the given monthly amount and a consistent fabbisogno. */
function fullYear(r: SampleRow, importo = 950): void {
  Object.assign(r, {
    fineTrattamento: d(2025, 12, 31),
    inizio: d(2026, 1, 1),
    fine: d(2026, 12, 31),
    mesi: 12,
    importoMensile: importo,
    fabbisogno: euroTimes(12, importo),
    patto: d(2025, 12, 15),
    avvioPercorso: d(2026, 2, 2),
    semestre: 1,
  });
}

const mistakes: Mistake[] = [
  // Format checks shared by every profile.
  one("codice fiscale with a wrong check character", [["modello.cf.non-valido", "cf"]], (r) => {
    r.cf = String(r.cf).slice(0, 15) + (String(r.cf).endsWith("A") ? "B" : "A");
  }),
  one("codice fiscale in lower case", [["modello.cf.minuscolo", "cf"]], (r) => {
    r.cf = String(r.cf).toLowerCase();
  }),
  one("date of birth that disagrees with the codice fiscale", [["modello.cf.data-nascita", "nascita"]], (r) => {
    r.nascita = d(1970, 6, 15);
  }),
  one("sex that disagrees with the codice fiscale", [["modello.cf.sesso", "sesso"]], (r) => {
    r.sesso = r.sesso === "M" ? "F" : "M";
  }),
  one("company code with a wrong check digit", [["modello.cf-azienda.non-valido", "cfAzienda"]], (r) => {
    const code = String(r.cfAzienda);
    r.cfAzienda = code.slice(0, 10) + String((Number(code[10]) + 1) % 10);
  }),
  one("required cell left empty", [["modello.cella.obbligatoria", "nome"]], (r) => {
    r.nome = null;
  }),
  one("region that does not exist", [["modello.scelta.non-valida", "regione"]], (r) => {
    r.regione = "Padania";
  }),
  one("date typed as text", [["modello.data.testo", "patto"]], (r) => {
    r.patto = "15/12/2025";
  }),
  one("date that does not exist", [["modello.data.non-valida", "avvioPercorso"]], (r) => {
    r.avvioPercorso = "31/02/2026";
  }),
  one("amount typed as text with Italian separators", [["modello.numero.testo", "importoMensile"]], (r) => {
    fullYear(r, 950);
    r.importoMensile = "950,00";
  }),
  one("month count that is not a number", [["modello.numero.non-valido", "mesi"]], (r) => {
    r.mesi = "dodici";
  }),
  one("amount with more than two decimals", [["modello.importo.decimali", "importoMensile"]], (r) => {
    fullYear(r, 950);
    r.importoMensile = 950.125; // read as € 950,13: the fabbisogno agrees with the rounded amount
    r.fabbisogno = euroTimes(12, 950.13);
  }),
  one("Excel error value in a cell", [["modello.cella.errore-excel", "durataPercorso"]], (r) => {
    r.durataPercorso = { error: "#N/A" };
  }),
  // Row checks 1–11 of the model.
  one("treatment at 01/01/2017 that is not mobilità", [["mobilita.trattamento-2017", "trattamento"]], (r) => {
    r.trattamento = "cassa integrazione straordinaria";
  }),
  one("period starting before 01/01/2026", [["mobilita.periodo.decorrenza", "inizio"]], (r) => {
    Object.assign(r, {
      fineTrattamento: d(2025, 11, 30),
      inizio: d(2025, 12, 1),
      fine: d(2026, 11, 30),
      mesi: 12,
      patto: d(2025, 11, 15),
      semestre: 2,
    });
    r.fabbisogno = euroTimes(12, Number(r.importoMensile));
  }),
  one("gap after the previous treatment", [["mobilita.continuita", "inizio"]], (r) => {
    fullYear(r);
    r.fineTrattamento = d(2025, 12, 15);
  }),
  one("period ending before it starts", [["mobilita.periodo.ordine", "fine"]], (r) => {
    fullYear(r);
    r.fine = d(2025, 12, 31);
  }),
  one(
    "period longer than 12 months",
    [
      ["mobilita.periodo.durata", "fine"],
      ["mobilita.periodo.oltre-anno", "fine"],
    ],
    (r) => {
      fullYear(r);
      Object.assign(r, { fine: d(2027, 3, 31), mesi: 15, fabbisogno: euroTimes(15, 950) });
    },
  ),
  one("period ending after 31/12/2026", [["mobilita.periodo.oltre-anno", "fine"]], (r) => {
    Object.assign(r, {
      fineTrattamento: d(2026, 2, 28),
      inizio: d(2026, 3, 1),
      fine: d(2027, 2, 28),
      mesi: 12,
      importoMensile: 950,
      fabbisogno: euroTimes(12, 950),
      patto: d(2026, 2, 10),
      avvioPercorso: d(2026, 4, 1),
    });
  }),
  one("month count that disagrees with the dates", [["mobilita.mesi.coerenza", "mesi"]], (r) => {
    fullYear(r);
    Object.assign(r, { mesi: 10, fabbisogno: euroTimes(10, 950) });
  }),
  one("monthly amount of zero", [["mobilita.importo.zero", "importoMensile"]], (r) => {
    fullYear(r);
    Object.assign(r, { importoMensile: 0, fabbisogno: 0 });
  }),
  one("monthly amount above the upper cap", [["mobilita.importo.massimale", "importoMensile"]], (r) =>
    fullYear(r, 1250),
  ),
  one("monthly amount above the lower cap (check the tier)", [["mobilita.importo.fascia", "importoMensile"]], (r) =>
    fullYear(r, 1100),
  ),
  one("fabbisogno that is not months × monthly amount", [["mobilita.fabbisogno.calcolo", "fabbisogno"]], (r) => {
    fullYear(r);
    r.fabbisogno = 12000;
  }),
  one("patto di servizio dated in the future", [["mobilita.patto.futuro", "patto"]], (r) => {
    fullYear(r);
    r.patto = d(2099, 1, 15);
  }),
  one("patto di servizio signed after the period start", [["mobilita.patto.successivo", "patto"]], (r) => {
    fullYear(r);
    r.patto = d(2026, 1, 20);
  }),
  one("active-policy path starting outside the period", [["mobilita.politica.avvio", "avvioPercorso"]], (r) => {
    fullYear(r);
    r.avvioPercorso = d(2027, 1, 10);
  }),
  one("active-policy path of zero hours", [["mobilita.politica.durata", "durataPercorso"]], (r) => {
    r.durataPercorso = 0;
  }),
  one("previous year's results missing", [["mobilita.esito.mancante", "esito"]], (r) => {
    r.esito = null;
  }),
  one("privacy notice not signed", [["mobilita.privacy", "privacy"]], (r) => {
    r.privacy = "No";
  }),
  one("semestre that disagrees with the start month", [["mobilita.semestre", "semestre"]], (r) => {
    fullYear(r);
    r.semestre = 2;
  }),
  // Sheet checks: the same worker twice with overlapping periods (and more than 12 months in total).
  {
    what: "same worker on two rows with overlapping periods",
    rows: (base) => {
      const first = base(0);
      fullYear(first);
      const second = { ...first };
      Object.assign(second, {
        fineTrattamento: d(2026, 2, 28),
        inizio: d(2026, 3, 1),
        mesi: 10,
        fabbisogno: euroTimes(10, 950),
        patto: d(2026, 2, 10),
        avvioPercorso: d(2026, 4, 1),
      });
      return [first, second];
    },
    expect: [
      { ruleId: "mobilita.cf.duplicato", key: "cf", row: 1 },
      { ruleId: "mobilita.cf.mesi-totali", key: "cf", row: 0 },
    ],
  },
];

export const MOBILITA_DEROGA_SAMPLE: SampleSpec = {
  profileId: "mobilita-deroga",
  stem: "mobilita-deroga",
  sheetName: "Elenco beneficiari",
  title: "Mobilità in deroga 2026 – elenco dei beneficiari (dati di esempio, persone e aziende fittizie)",
  row,
  cleanRows: 10,
  columns: [
    "regione",
    "area",
    "cognome",
    "nome",
    "cf",
    "nascita",
    "sesso",
    "azienda",
    "cfAzienda",
    "trattamento",
    "fineTrattamento",
    "inizio",
    "fine",
    "mesi",
    "importoMensile",
    "fabbisogno",
    "patto",
    "politica",
    "avvioPercorso",
    "durataPercorso",
    "esito",
    "privacy",
    "semestre",
  ],
  extraColumns: [["note", "Note dell'ufficio"]],
  totalKeys: ["fabbisogno"],
  totalsMistake: { key: "fabbisogno", ruleId: "modello.totale.differenza", delta: 100 },
  sheetInfos: ["mobilita.stanziamento"],
  mistakes,
};
