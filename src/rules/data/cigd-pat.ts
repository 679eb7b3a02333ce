/**
 * Average hourly cost of the COVID-19 CIGD in the autonomous provinces of Trento and
 * Bolzano for 2020, including contribuzione figurativa and ANF, used to estimate
 * the benefit (INPS circ. 61 of 23/05/2020 § 2.3, seed 004).
 */
import type { Rule, RuleModule } from "../schema";

const CHECKED = "2026-11-22";

type Provincia = "bolzano" | "trento";
type Qualifica = "apprendisti" | "operai" | "impiegati" | "quadri";

/** Euro per hour, as published (seed 004, two tables "Costo medio ORARIO CIGD"). */
const COSTI: Record<Provincia, Record<Qualifica, string>> = {
  bolzano: { apprendisti: "8.30", operai: "8.40", impiegati: "10.20", quadri: "15.80" },
  trento: { apprendisti: "7.90", operai: "8.10", impiegati: "9.50", quadri: "13.70" },
};

const NOMI: Record<Provincia, string> = { bolzano: "Bolzano", trento: "Trento" };

function rule(provincia: Provincia, qualifica: Qualifica): Rule {
  return {
    id: `cigd.costo-orario.${provincia}.${qualifica}`,
    descrizione: `Costo medio orario della CIGD COVID-19, Provincia autonoma di ${NOMI[provincia]}, ${qualifica} (con contribuzione figurativa e ANF)`,
    unit: "EUR/ora",
    validity: "annuale",
    entries: [
      {
        from: "2020-01-01",
        value: COSTI[provincia][qualifica],
        source: "inps-circ-61-2020",
        verifiedOn: CHECKED,
        nota: "Tabella dei costi medi orari al § 2.3 della circolare; usata dall'INPS per stimare la prestazione.",
      },
    ],
  };
}

// Rule ids, written out: cigd.costo-orario.bolzano.apprendisti, cigd.costo-orario.bolzano.operai,
// cigd.costo-orario.bolzano.impiegati, cigd.costo-orario.bolzano.quadri, cigd.costo-orario.trento.apprendisti,
// cigd.costo-orario.trento.operai, cigd.costo-orario.trento.impiegati, cigd.costo-orario.trento.quadri.
const cigdPat: RuleModule = {
  sources: [
    {
      id: "inps-circ-61-2020",
      kind: "circolare-inps",
      numero: "61",
      data: "2020-05-23",
      titolo: "CIGD COVID-19 nelle Province autonome di Trento e Bolzano (art. 22 D.L. 18/2020)",
    },
  ],
  rules: (["bolzano", "trento"] as const).flatMap((p) =>
    (["apprendisti", "operai", "impiegati", "quadri"] as const).map((q) => rule(p, q)),
  ),
};

export default cigdPat;
