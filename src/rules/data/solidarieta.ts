/**
 * Contribution relief for solidarity contracts renewed under art. 42 D.Lgs. 148/2015
 * (D.I. 98189 of 29/12/2016, MLPS circ. 3/2017 § 4.2, seed 001): 35% of the
 * employer's contributions for workers whose hours are cut by more than 20%,
 * within the resources set for 2016, 2017 and 2018.
 */
import type { RuleModule } from "../schema";

const CHECKED = "2026-11-22";
const NOTA_ANNI =
  "Risorse stanziate per il 2016, 2017 e 2018 sul Fondo sociale per occupazione e formazione (§ 5 della circolare); " +
  "per un massimo di 24 mesi per unità produttiva.";

const solidarieta: RuleModule = {
  sources: [
    {
      id: "mlps-circ-3-2017-par42",
      kind: "circolare-mlps",
      numero: "3",
      data: "2017-02-13",
      articolo: "§ 4.2",
      titolo:
        "Reiterazione della riduzione contributiva per i contratti di solidarietà (D.I. 98189/2016): 35% dei contributi del datore oltre il 20% di riduzione",
      url: "http://www.lavoro.gov.it/",
    },
    {
      id: "di-98189-2016",
      kind: "decreto-interministeriale",
      numero: "98189",
      data: "2016-12-29",
      titolo:
        "Criteri per la prosecuzione della CIGS e la reiterazione della riduzione contributiva (art. 42 D.Lgs. 148/2015)",
    },
  ],
  rules: [
    {
      id: "solidarieta.sgravio.aliquota",
      descrizione: "Sgravio per i contratti di solidarietà: quota della contribuzione a carico del datore",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2016-01-01",
          to: "2018-12-31",
          value: "0.35",
          source: "mlps-circ-3-2017-par42",
          alsoSources: ["di-98189-2016"],
          verifiedOn: CHECKED,
          nota: NOTA_ANNI,
        },
      ],
    },
    {
      id: "solidarieta.sgravio.soglia-riduzione",
      descrizione: "Sgravio per i contratti di solidarietà: riduzione d'orario del lavoratore oltre la quale spetta",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2016-01-01",
          to: "2018-12-31",
          value: "0.2",
          source: "mlps-circ-3-2017-par42",
          alsoSources: ["di-98189-2016"],
          verifiedOn: CHECKED,
          nota: "Spetta per riduzioni «in misura superiore al 20%»: al 20% esatto non spetta.",
        },
      ],
    },
  ],
};

export default solidarieta;
