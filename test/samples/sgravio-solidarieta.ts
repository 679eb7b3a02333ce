/**
 * Sample list for profile D: the renewed contribution relief for solidarity
 * contracts (D.I. 98189/2016, circ. MLPS 3/2017). The relief is the engine's
 * sgravioSolidarieta (35% of the employer's contributions when the hours are cut
 * by more than 20%), written as the IF formula an office would type. One company,
 * several units, each with one contract period; no totals row (not every list has one).
 */
import { sgravioSolidarieta } from "../../src/engine/calc/sgravio-solidarieta";
import { dayOf, type Day } from "../../src/engine/dates";
import { dec } from "../../src/engine/money";
import { decimalAt } from "../../src/engine/rule-values";
import { d, type Mistake, type SampleCell, type SampleRow, type SampleSpec } from "./model";
import { person } from "./people";

interface Unita {
  nome: string;
  dal: Date;
  al: Date;
}

const UNITA: Unita[] = [
  { nome: "Stabilimento di Ivrea", dal: d(2017, 3, 1), al: d(2018, 2, 28) },
  { nome: "Sede di Torino", dal: d(2017, 6, 1), al: d(2018, 5, 31) },
  { nome: "Centro logistico di Novara", dal: d(2016, 10, 1), al: d(2017, 9, 30) },
];
/** Units used only by the mistakes about periods. */
const ASTI: Unita = { nome: "Filiale di Asti", dal: d(2018, 7, 1), al: d(2019, 6, 30) };
const BIELLA: Unita = { nome: "Stabilimento di Biella", dal: d(2016, 1, 1), al: d(2016, 12, 31) };
const RIDUZIONI = [0.3, 0.25, 0.4, 0.15, 0.5, 0.2, 0.35];
const CONTRIBUZIONE = [7842.36, 6975.1, 9120.45, 5410.8, 8233.0];

function dayOfDate(x: Date): Day {
  return dayOf(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate())!;
}

/** IF(reduction > 20%; ROUND(contributions × 35%; 2); 0), with the engine's result. */
function sgravio(r: SampleRow): SampleCell {
  const day = dayOfDate(r.inizio as Date);
  const aliquota = decimalAt("solidarieta.sgravio.aliquota", day).value.toString();
  const soglia = decimalAt("solidarieta.sgravio.soglia-riduzione", day).value.toString();
  const result = sgravioSolidarieta(dec(Number(r.contribuzione)), dec(Number(r.riduzione)), day).toNumber();
  return { formula: `IF({riduzione}>${soglia},ROUND({contribuzione}*${aliquota},2),0)`, result };
}

function at(r: SampleRow, u: Unita): void {
  Object.assign(r, { unita: u.nome, inizio: u.dal, fine: u.al });
  r.sgravio = sgravio(r);
}

function row(i: number): SampleRow {
  const p = person(i);
  const r: SampleRow = {
    cf: p.cf,
    cognome: p.cognome,
    nome: p.nome,
    riduzione: RIDUZIONI[i % RIDUZIONI.length],
    contribuzione: CONTRIBUZIONE[i % CONTRIBUZIONE.length],
  };
  at(r, UNITA[i % UNITA.length]);
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
  one("codice fiscale with a wrong check character", [["modello.cf.non-valido", "cf"]], (r) => {
    r.cf = String(r.cf).slice(0, 15) + (String(r.cf).endsWith("Z") ? "Y" : "Z");
  }),
  one("surname left empty", [["modello.cella.obbligatoria", "cognome"]], (r) => {
    r.cognome = null;
  }),
  one("reduction of 150% (more than the whole time)", [["modello.scelta.non-valida", "riduzione"]], (r) => {
    r.riduzione = 150;
  }),
  one("reduction typed as text with a % sign", [["modello.numero.testo", "riduzione"]], (r) => {
    r.riduzione = "30%";
    r.sgravio = sgravio({ ...r, riduzione: 0.3 });
  }),
  one("end date that does not exist", [["modello.data.non-valida", "fine"]], (r) => {
    r.fine = "31/06/2017";
  }),
  one("negative employer's contributions", [["modello.importo.negativo", "contribuzione"]], (r) => {
    r.contribuzione = -5410.8;
  }),
  one("contributions with a third decimal", [["modello.importo.decimali", "contribuzione"]], (r) => {
    r.contribuzione = 6975.104; // read as € 6.975,10: the relief is computed on that
    r.sgravio = sgravio({ ...r, contribuzione: 6975.1 });
  }),
  // Profile checks.
  one("period ending before it starts", [["sgravio.periodo.ordine", "fine"]], (r) => {
    r.fine = new Date((r.inizio as Date).getTime() - 86_400_000);
  }),
  one("period running into 2019, a year without resources", [["sgravio.periodo.anni", "fine"]], (r) => at(r, ASTI)),
  one("relief claimed with a reduction of only 15%", [["sgravio.calcolo", "sgravio"]], (r) => {
    r.riduzione = 0.15;
    const aliquota = decimalAt("solidarieta.sgravio.aliquota", dayOfDate(r.inizio as Date)).value;
    r.sgravio = dec(Number(r.contribuzione)).times(aliquota).toDecimalPlaces(2).toNumber();
  }),
  // Sheet check: one unit with more than 24 months of relief in total.
  {
    what: "one unit with more than 24 months of relief in total",
    rows: (base) => {
      const first = base(0);
      at(first, BIELLA);
      const second = base(1);
      at(second, { ...BIELLA, dal: d(2017, 1, 1), al: d(2018, 12, 31) });
      return [first, second];
    },
    expect: [{ ruleId: "sgravio.durata", key: "unita", row: 0 }],
  },
];

export const SGRAVIO_SOLIDARIETA_SAMPLE: SampleSpec = {
  profileId: "sgravio-solidarieta",
  stem: "sgravio-solidarieta",
  sheetName: "Sgravio solidarietà",
  title:
    "Reiterazione dello sgravio contributivo per i contratti di solidarietà – Officine Canavesane S.p.A. (dati di esempio, persone e aziende fittizie)",
  subtitle: "Elenco dei lavoratori interessati dalla riduzione d'orario (D.I. 98189/2016)",
  row,
  cleanRows: 12,
  totalKeys: [],
  sheetInfos: ["sgravio.limite-spesa"],
  mistakes,
};
