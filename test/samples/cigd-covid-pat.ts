/**
 * Sample list for profile C: CIGD COVID-19 in the Province autonome di Trento e
 * Bolzano (art. 22 D.L. 18/2020, INPS circ. 61/2020). Costs are the engine's
 * costoCigd (hours × the province's average hourly cost for the qualifica). Each
 * employer has one period for all its workers, within the nine weeks.
 */
import { costoCigd, type Provincia, type Qualifica } from "../../src/engine/calc/costo-cigd";
import { d, type Mistake, type SampleRow, type SampleSpec } from "./model";
import { partitaIva, person } from "./people";

interface Datore {
  provincia: "Trento" | "Bolzano";
  nome: string;
  codice: string;
  dipendenti: number;
  dal: Date;
  al: Date;
}

const DATORI: Datore[] = [
  {
    provincia: "Trento",
    nome: "Albergo Paganella S.n.c.",
    codice: "1A",
    dipendenti: 4,
    dal: d(2020, 3, 16),
    al: d(2020, 5, 15),
  },
  {
    provincia: "Trento",
    nome: "Meccanica Val d'Adige S.r.l.",
    codice: "0J",
    dipendenti: 18,
    dal: d(2020, 3, 23),
    al: d(2020, 5, 24),
  },
  {
    provincia: "Bolzano",
    nome: "Panificio Gruber S.a.s.",
    codice: "3N",
    dipendenti: 7,
    dal: d(2020, 3, 9),
    al: d(2020, 5, 3),
  },
  {
    provincia: "Bolzano",
    nome: "Articoli Sportivi Isarco S.r.l.",
    codice: "1A",
    dipendenti: 3,
    dal: d(2020, 4, 6),
    al: d(2020, 5, 31),
  },
];
/** Employers used only by the mistakes that move a period (so the clean employers keep their nine weeks). */
const ALTRI: Datore[] = [
  {
    provincia: "Trento",
    nome: "Falegnameria Rotaliana S.n.c.",
    codice: "1A",
    dipendenti: 5,
    dal: d(2020, 3, 2),
    al: d(2020, 4, 30),
  },
  {
    provincia: "Bolzano",
    nome: "Hotel Sciliar S.r.l.",
    codice: "0J",
    dipendenti: 9,
    dal: d(2020, 3, 2),
    al: d(2020, 4, 30),
  },
];
const QUALIFICHE = ["operaio", "impiegato", "operaio", "apprendista", "quadro"];
const ORE = [120, 200, 280, 160, 240];
const PROVINCE: Record<string, Provincia> = { Trento: "trento", Bolzano: "bolzano" };
const CATEGORIE: Record<string, Qualifica> = {
  apprendista: "apprendisti",
  operaio: "operai",
  impiegato: "impiegati",
  quadro: "quadri",
};

/** Hours × the average hourly cost, in euro. */
function costo(r: SampleRow): number {
  return costoCigd(PROVINCE[String(r.provincia)], CATEGORIE[String(r.qualifica)], Number(r.ore)).toNumber();
}

function employ(r: SampleRow, x: Datore, stem: number): void {
  Object.assign(r, {
    provincia: x.provincia,
    azienda: x.nome,
    cfAzienda: partitaIva(stem),
    codiceAutorizzazione: x.codice,
    dipendenti: x.dipendenti,
    accordo: x.dipendenti > 5 ? "Sì" : "No",
    inizio: x.dal,
    fine: x.al,
  });
  r.costo = costo(r);
}

/** Works for the k-th clean employer. */
function employAt(r: SampleRow, k: number): void {
  employ(r, DATORI[k], 3_456_789_200 + k);
}

function row(i: number): SampleRow {
  const p = person(i);
  const r: SampleRow = {
    cf: p.cf,
    cognome: p.cognome,
    nome: p.nome,
    qualifica: QUALIFICHE[i % QUALIFICHE.length],
    assunzione: d(2003 + (i % 16), 1 + ((i * 5) % 12), 1 + ((i * 3) % 28)),
    ore: ORE[i % ORE.length],
  };
  employAt(r, i % DATORI.length);
  return r;
}

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

const mistakes: Mistake[] = [
  // Format checks.
  one("codice fiscale in lower case", [["modello.cf.minuscolo", "cf"]], (r) => {
    r.cf = String(r.cf).toLowerCase();
  }),
  one("province that is not an autonomous province", [["modello.scelta.non-valida", "provincia"]], (r) => {
    r.provincia = "Verona";
  }),
  one("number of employees typed as text", [["modello.numero.testo", "dipendenti"]], (r) => {
    r.dipendenti = String(r.dipendenti);
  }),
  one("Excel error value in the hiring date", [["modello.cella.errore-excel", "assunzione"]], (r) => {
    r.assunzione = { error: "#N/A" };
  }),
  one("authorisation code left empty", [["modello.cella.obbligatoria", "codiceAutorizzazione"]], (r) => {
    r.codiceAutorizzazione = null;
  }),
  // Profile checks.
  one(
    "employer with an excluded authorisation code (7V)",
    [["cigd.codice-autorizzazione", "codiceAutorizzazione"]],
    (r) => {
      r.codiceAutorizzazione = "7V";
    },
  ),
  one("dirigente on the list", [["cigd.qualifica.dirigente", "qualifica"]], (r) => {
    r.qualifica = "dirigente";
    r.costo = 1850; // no published cost for dirigenti: an amount typed by hand
  }),
  one("worker hired after 17/03/2020", [["cigd.assunzione", "assunzione"]], (r) => {
    r.assunzione = d(2020, 3, 30);
  }),
  one("period ending before it starts", [["cigd.periodo.ordine", "fine"]], (r) => {
    r.fine = d(2020, 3, 1);
  }),
  one("period starting before 23/02/2020", [["cigd.periodo.finestra", "inizio"]], (r) => {
    employ(r, ALTRI[0], 3_456_789_300);
    Object.assign(r, { inizio: d(2020, 2, 17), fine: d(2020, 4, 15) }); // still within nine weeks
  }),
  one("more than five employees and no union agreement", [["cigd.accordo", "accordo"]], (r) => {
    employAt(r, 1);
    r.accordo = "No";
  }),
  one("cost at the other province's hourly rate", [["cigd.costo.calcolo", "costo"]], (r) => {
    r.costo = costoCigd(
      r.provincia === "Trento" ? "bolzano" : "trento",
      CATEGORIE[String(r.qualifica)],
      Number(r.ore),
    ).toNumber();
  }),
  // Sheet check: one employer's periods add up to more than nine weeks (not continuous).
  {
    what: "one employer's periods add up to more than nine weeks",
    rows: (base) => {
      const first = base(0);
      employ(first, ALTRI[1], 3_456_789_301);
      const second = base(1);
      employ(second, ALTRI[1], 3_456_789_301);
      Object.assign(second, { inizio: d(2020, 6, 1), fine: d(2020, 6, 21) });
      return [first, second];
    },
    expect: [{ ruleId: "cigd.settimane", key: "inizio", row: 0 }],
  },
];

export const CIGD_COVID_PAT_SAMPLE: SampleSpec = {
  profileId: "cigd-covid-pat",
  stem: "cigd-covid-pat",
  sheetName: "CIGD PAT 2020",
  title: "Cassa integrazione in deroga COVID-19 – Province autonome di Trento e Bolzano",
  subtitle:
    "Elenco dei lavoratori per la stima del costo (art. 22 D.L. 18/2020) – dati di esempio, persone e aziende fittizie",
  row,
  cleanRows: 12,
  extraColumns: [["cfBis", "C.F.", "modello.colonna.duplicata"]],
  totalKeys: ["ore", "costo"],
  sheetInfos: ["cigd.stanziamento", "cigd.addizionale"],
  mistakes,
};
