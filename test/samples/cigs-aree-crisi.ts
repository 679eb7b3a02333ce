/**
 * Sample list for profile B: workers in CIGS in the aree di crisi industriale
 * complessa (art. 44 c. 11-bis D.Lgs. 148/2015, circ. MLPS 3/2026). The estimated
 * cost is the engine's integrazione (hours × the lower of 80% of the hourly pay
 * and the cap ÷ monthly workable hours), written as the formula an office would
 * type, with the engine's result cached.
 */
import { integrazione, oreMensiliPredefinite } from "../../src/engine/calc/integrazione";
import { dayOf, type Day } from "../../src/engine/dates";
import { dec, toCents } from "../../src/engine/money";
import { decimalAt } from "../../src/engine/rule-values";
import { d, type Mistake, type SampleCell, type SampleRow, type SampleSpec } from "./model";
import { partitaIva, person } from "./people";

interface Azienda {
  nome: string;
  unita: string;
  area: string;
  regione: string;
  /** Period of the CIGS programme (first and last day). */
  dal: Date;
  al: Date;
}

const AZIENDE: Azienda[] = [
  {
    nome: "Acciaierie del Sulcis S.p.A.",
    unita: "Stabilimento di Portovesme",
    area: "Portovesme",
    regione: "Sardegna",
    dal: d(2026, 2, 1),
    al: d(2026, 7, 31),
  },
  {
    nome: "Petrolchimica Nissena S.r.l.",
    unita: "Impianto di Gela",
    area: "Gela",
    regione: "Sicilia",
    dal: d(2026, 3, 1),
    al: d(2026, 12, 31),
  },
  {
    nome: "Laminati Piombinesi S.p.A.",
    unita: "Laminatoio di Piombino",
    area: "Piombino",
    regione: "Toscana",
    dal: d(2026, 1, 12),
    al: d(2026, 6, 30),
  },
  {
    nome: "Cantieri Giuliani S.r.l.",
    unita: "Cantiere di Trieste",
    area: "Trieste",
    regione: "Friuli-Venezia Giulia",
    dal: d(2026, 4, 1),
    al: d(2026, 9, 30),
  },
];
const QUALIFICHE = ["operaio", "operaio", "impiegato", "operaio", "quadro", "apprendista"];
/** Hourly pay by qualifica: the cap binds above about € 10,29 (2026). */
const ORARIA: Record<string, number[]> = {
  operaio: [11.85, 12.4, 10.2],
  impiegato: [13.6, 9.75],
  quadro: [19.3],
  apprendista: [8.4],
};
const DAYS = 86_400_000;

/** The engine's Day (local midnight) of a sample date (UTC midnight). */
function dayOfDate(x: Date): Day {
  return dayOf(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate())!;
}

/** Contractual hours of the period: weekly hours × its weeks. */
function contractualHours(weekly: number, from: Date, to: Date): number {
  return (weekly * ((to.getTime() - from.getTime()) / DAYS + 1)) / 7;
}

/** Estimated cost as ROUND(hours × MIN(80% × hourly pay; cap ÷ monthly hours); 2), with the engine's result. */
function costo(ore: number, oraria: number, inizio: Date): SampleCell {
  const day = dayOfDate(inizio);
  const oreMensili = oreMensiliPredefinite(day);
  const calc = integrazione({
    retribuzioneOraria: dec(oraria),
    oreIntegrate: ore,
    day,
    oreMensiliLavorabili: oreMensili,
    retribuzioneMensile: null,
    netto: false,
    settore: "generale",
  });
  const percentuale = decimalAt("integrazione.percentuale", day).value.toString();
  const cap = calc.massimale.importo.toString();
  return {
    formula: `ROUND({oreRichieste}*MIN({retribuzioneOraria}*${percentuale},${cap}/${oreMensili}),2)`,
    result: calc.importo.toNumber(),
  };
}

/** Sets the period and recomputes the hours (a share of the contractual ones) and the cost. */
function period(r: SampleRow, from: Date, to: Date, share = 0.5): void {
  r.inizio = from;
  r.fine = to;
  r.oreRichieste = Math.round(contractualHours(Number(r.oreSettimanali), from, to) * share);
  r.costo = costo(Number(r.oreRichieste), Number(r.retribuzioneOraria), from);
}

function row(i: number): SampleRow {
  const p = person(i);
  const a = AZIENDE[i % AZIENDE.length];
  const qualifica = QUALIFICHE[i % QUALIFICHE.length];
  const paga = ORARIA[qualifica];
  const oraria = paga[Math.floor(i / QUALIFICHE.length) % paga.length];
  const partTime = i % 5 === 3;
  const r: SampleRow = {
    azienda: a.nome,
    cfAzienda: partitaIva(2_345_678_100 + (i % AZIENDE.length)),
    unita: a.unita,
    area: a.area,
    regione: a.regione,
    cf: p.cf,
    cognome: p.cognome,
    nome: p.nome,
    qualifica,
    assunzione: qualifica === "apprendista" ? d(2024, 9, 2) : d(1995 + (i % 25), 1 + (i % 12), 1 + (i % 27)),
    oreSettimanali: partTime ? 20 : 40,
    retribuzioneOraria: oraria,
  };
  period(r, a.dal, a.al, i % 2 === 0 ? 0.5 : 0.8);
  return r;
}

function one(what: string, expect: [string, string, boolean?][], change: (r: SampleRow) => void): Mistake {
  return {
    what,
    rows: (base) => {
      const r = base(0);
      change(r);
      return [r];
    },
    expect: expect.map(([ruleId, key, header]) => (header ? { ruleId, key, header } : { ruleId, key })),
  };
}

const mistakes: Mistake[] = [
  // Format checks.
  one("codice fiscale one character short", [["modello.cf.non-valido", "cf"]], (r) => {
    r.cf = String(r.cf).slice(0, 15);
  }),
  one("company code with a wrong check digit", [["modello.cf-azienda.non-valido", "cfAzienda"]], (r) => {
    const code = String(r.cfAzienda);
    r.cfAzienda = code.slice(0, 10) + String((Number(code[10]) + 3) % 10);
  }),
  one("qualifica that is not in the list", [["modello.scelta.non-valida", "qualifica"]], (r) => {
    r.qualifica = "operatore";
  }),
  one("hiring date typed as text (aaaa-mm-gg)", [["modello.data.testo", "assunzione"]], (r) => {
    r.assunzione = "2011-05-16";
  }),
  one("weekly hours written in words", [["modello.numero.non-valido", "oreSettimanali"]], (r) => {
    r.oreSettimanali = "quaranta";
  }),
  one("negative hourly pay", [["modello.importo.negativo", "retribuzioneOraria"]], (r) => {
    r.retribuzioneOraria = -11.85;
  }),
  one(
    "cost formula never calculated (file saved without recalculation)",
    [["modello.cella.formula-senza-valore", "costo"]],
    (r) => {
      const c = r.costo as { formula: string };
      r.costo = { formula: c.formula };
    },
  ),
  // Profile checks.
  one("dirigente on the list", [["cigs.qualifica.dirigente", "qualifica"]], (r) => {
    r.qualifica = "dirigente";
  }),
  one("hired less than 30 days before the period", [["cigs.anzianita", "assunzione"]], (r) => {
    r.assunzione = new Date((r.inizio as Date).getTime() - 20 * DAYS);
  }),
  one("period ending before it starts", [["cigs.periodo.ordine", "fine"]], (r) => {
    r.fine = new Date((r.inizio as Date).getTime() - 31 * DAYS);
  }),
  one(
    "period longer than 12 months (so also across two years)",
    [
      ["cigs.periodo.durata", "fine"],
      ["cigs.periodo.anno", "fine"],
    ],
    (r) => period(r, d(2026, 3, 1), d(2027, 5, 31)),
  ),
  one(
    "period across two calendar years, started in 2025 (no contributo addizionale for 2025)",
    [
      ["cigs.periodo.anno", "fine"],
      ["cigs.addizionale.esonero", "inizio", true],
    ],
    (r) => period(r, d(2025, 12, 1), d(2026, 2, 28)),
  ),
  one(
    "more hours requested than the contract's hours in the period",
    [["cigs.ore.contrattuali", "oreRichieste"]],
    (r) => {
      period(r, d(2026, 2, 1), d(2026, 3, 31), 1);
      r.oreRichieste = Number(r.oreRichieste) + 40;
      r.costo = costo(Number(r.oreRichieste), Number(r.retribuzioneOraria), r.inizio as Date);
    },
  ),
  one("cost at 80% of the pay, forgetting the monthly cap", [["cigs.costo.calcolo", "costo"]], (r) => {
    r.retribuzioneOraria = 14.2;
    const percentuale = decimalAt("integrazione.percentuale", dayOfDate(r.inizio as Date)).value;
    r.costo = toCents(dec(Number(r.oreRichieste)).times(14.2).times(percentuale)).toNumber();
  }),
  // Sheet check: the same worker on two rows with overlapping periods.
  {
    what: "same worker on two rows with overlapping periods",
    rows: (base) => {
      const first = base(0);
      // Listed again for the last two months of the same programme.
      const second = { ...first };
      period(second, new Date((first.fine as Date).getTime() - 60 * DAYS), first.fine as Date);
      return [first, second];
    },
    expect: [{ ruleId: "cigs.cf.duplicato", key: "cf", row: 1 }],
  },
];

export const CIGS_AREE_CRISI_SAMPLE: SampleSpec = {
  profileId: "cigs-aree-crisi",
  stem: "cigs-aree-crisi",
  sheetName: "Lavoratori CIGS",
  title:
    "CIGS nelle aree di crisi industriale complessa 2026 – elenco dei lavoratori (dati di esempio, persone e aziende fittizie)",
  row,
  cleanRows: 12,
  columns: [
    "azienda",
    "cfAzienda",
    "unita",
    "area",
    "regione",
    "cf",
    "cognome",
    "nome",
    "qualifica",
    "assunzione",
    "inizio",
    "fine",
    "oreSettimanali",
    "oreRichieste",
    "retribuzioneOraria",
    "costo",
  ],
  extraColumns: [["note", "Annotazioni"]],
  totalKeys: ["oreRichieste", "costo"],
  totalsMistake: { key: "oreRichieste", ruleId: "modello.totale.differenza", delta: 8 },
  sheetInfos: [],
  mistakes,
};
