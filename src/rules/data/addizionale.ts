/**
 * Contributo addizionale (art. 5 D.Lgs. 148/2015) and its special regimes.
 * The rate band is chosen by the weeks actually used in the quinquennio mobile
 * before the pay period; a higher band applies from the month after the
 * threshold is crossed (INPS circ. 199/2016 and 9/2017).
 */
import type { RuleModule } from "../schema";

const CHECKED = "2026-11-22";
const ART5_URL =
  "https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.versione=1&art.idGruppo=1&art.flagTipoArticolo=0&art.codiceRedazionale=15G00160&art.idArticolo=5&art.idSottoArticolo=1&art.idSottoArticolo1=10&art.dataPubblicazioneGazzetta=2015-09-23&art.progressivo=0";

const addizionale: RuleModule = {
  sources: [
    {
      id: "dlgs-148-2015-art5-c1",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 5 c. 1",
      titolo: "Contributo addizionale: 9%, 12% e 15% secondo l'utilizzo nel quinquennio mobile",
      url: ART5_URL,
    },
    {
      id: "inps-circ-9-2017",
      kind: "circolare-inps",
      numero: "9",
      data: "2017-01-19",
      titolo: "Contributo addizionale: modalità di calcolo; nuova scala per le domande presentate dal 24/09/2015",
      url: "http://www.tcnotiziario.it/Articolo/Index?idArticolo=357147&tipo=&cat=PP&fonte=Teleconsul.it%20-%20Primo%20Piano",
    },
    {
      id: "inps-circ-199-2016",
      kind: "circolare-inps",
      numero: "199",
      data: "2016-11-16",
      titolo: "Passaggio di aliquota del contributo addizionale dal mese successivo",
      url: "http://www.studiodiflorio.info/quali-costi-ricorre-alla-cassa-integrazione-versarli/",
    },
    {
      id: "l-234-2021-c195",
      kind: "legge",
      numero: "234",
      data: "2021-12-30",
      articolo: "art. 1 c. 195 lett. b (art. 5 c. 1-ter D.Lgs. 148/2015)",
      titolo: "Aliquote ridotte (6% e 9%) dal 2025 per chi non ha fruito di integrazioni salariali da almeno 24 mesi",
      url: "https://www.ratio.it/attribuzione-aliquota-del-contributo-addizionale-cig-in-misura-ridotta",
    },
    {
      id: "inps-circ-5-2025",
      kind: "circolare-inps",
      numero: "5",
      data: "2025-01-20",
      titolo: "Istruzioni operative sulle aliquote ridotte del contributo addizionale e del FIS dal 2025",
      url: "https://studiosannavichi.it/2025/01/21/dal-2025-riduzione-aliquota-inps-per-chi-non-fa-cassa-linps-fornisce-le-istruzioni-operative",
    },
    {
      id: "dlgs-148-2015-art29-c8",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 29 c. 8",
      titolo: "Fondo di integrazione salariale: contributo addizionale del 4% della retribuzione persa",
      url: "https://www.assimprese.bo.it/inps-istruzioni-sul-pagamento-del-fondo-integrazione-salariale/",
    },
    {
      id: "seed-003-panoramica-2016",
      kind: "documento",
      numero: "",
      data: "2016-01-01",
      titolo:
        "Panoramica sugli ammortizzatori sociali dopo il D.Lgs. 148/2015 (2016): cassa integrazione in deroga fino al 31/12/2016, contributo addizionale 9%",
    },
    {
      id: "mlps-circ-3-2017",
      kind: "circolare-mlps",
      numero: "3",
      data: "2017-02-13",
      articolo: "§ 3.3",
      titolo:
        "Prosecuzione della CIGS (art. 42 D.Lgs. 148/2015, D.I. 98189/2016): contributo addizionale del 15% della retribuzione persa",
      url: "http://www.lavoro.gov.it/",
    },
    {
      id: "dlgs-148-2015-art13-c3",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 13 c. 3",
      titolo: "Contributo addizionale non dovuto per eventi oggettivamente non evitabili (EONE)",
      url: "https://enna.ance.it/?p=258784",
    },
  ],
  rules: [
    {
      id: "addizionale.soglia.prima",
      descrizione:
        "Settimane di utilizzo nel quinquennio mobile fino alle quali si applica la prima fascia del contributo addizionale",
      unit: "settimane",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2015-09-24",
          value: 52,
          source: "dlgs-148-2015-art5-c1",
          alsoSources: ["inps-circ-9-2017"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "addizionale.soglia.seconda",
      descrizione:
        "Settimane di utilizzo nel quinquennio mobile fino alle quali si applica la seconda fascia del contributo addizionale",
      unit: "settimane",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2015-09-24",
          value: 104,
          source: "dlgs-148-2015-art5-c1",
          alsoSources: ["inps-circ-9-2017"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "addizionale.aliquota.prima",
      descrizione: "Contributo addizionale, prima fascia (fino a 52 settimane nel quinquennio mobile)",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2015-09-24",
          value: "0.09",
          source: "dlgs-148-2015-art5-c1",
          alsoSources: ["inps-circ-9-2017"],
          verifiedOn: CHECKED,
          nota: "La nuova scala vale per le domande presentate dal 24/09/2015 (circ. INPS 9/2017).",
        },
      ],
    },
    {
      id: "addizionale.aliquota.seconda",
      descrizione: "Contributo addizionale, seconda fascia (oltre 52 e fino a 104 settimane)",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2015-09-24",
          value: "0.12",
          source: "dlgs-148-2015-art5-c1",
          alsoSources: ["inps-circ-199-2016"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "addizionale.aliquota.terza",
      descrizione:
        "Contributo addizionale, terza fascia (oltre 104 settimane); invariata anche nel regime ridotto dal 2025",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2015-09-24",
          value: "0.15",
          source: "dlgs-148-2015-art5-c1",
          verifiedOn: CHECKED,
          nota: "Nessuna fonte riduce il 15%: il comma 1-ter elenca solo le aliquote del 6% e del 9%.",
        },
      ],
    },
    {
      id: "addizionale.ridotta.prima",
      descrizione:
        "Contributo addizionale ridotto, prima fascia, per i datori senza integrazioni salariali nei 24 mesi precedenti",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2025-01-01",
          value: "0.06",
          source: "l-234-2021-c195",
          alsoSources: ["inps-circ-5-2025"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "addizionale.ridotta.seconda",
      descrizione: "Contributo addizionale ridotto, seconda fascia",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2025-01-01",
          value: "0.09",
          source: "l-234-2021-c195",
          alsoSources: ["inps-circ-5-2025"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "addizionale.fis",
      descrizione: "Contributo addizionale del Fondo di integrazione salariale sulla retribuzione persa",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2016-01-01",
          value: "0.04",
          source: "dlgs-148-2015-art29-c8",
          verifiedOn: CHECKED,
          nota: "Il 2,4% dal 2025 citato da una sola fonte non è confermato: la riduzione del 40% riguarda il contributo ordinario FIS.",
        },
      ],
    },
    {
      id: "addizionale.cigd",
      descrizione: "Contributo addizionale della cassa integrazione in deroga regionale (2016)",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2016-01-01",
          to: "2016-12-31",
          value: "0.09",
          source: "seed-003-panoramica-2016",
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "addizionale.art42",
      descrizione: "Contributo addizionale per la prosecuzione della CIGS (art. 42 D.Lgs. 148/2015, D.I. 98189/2016)",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2016-01-01",
          to: "2018-12-31",
          value: "0.15",
          source: "mlps-circ-3-2017",
          verifiedOn: CHECKED,
          nota: "Risorse stanziate per il 2016, 2017 e 2018 (art. 6 D.I. 98189/2016).",
        },
      ],
    },
    {
      id: "addizionale.esente",
      descrizione:
        "Casi di esonero dal contributo addizionale (EONE, COVID-19, CIGS aree di crisi 2025, art. 10-bis D.L. 92/2025)",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2015-09-24",
          value: "0",
          source: "dlgs-148-2015-art13-c3",
          verifiedOn: CHECKED,
          nota: "Altri esoneri: causali COVID-19 (2020–2021), art. 6 e art. 10-bis D.L. 92/2025, procedure concorsuali (art. 8 c. 8-bis D.L. 86/1988).",
        },
      ],
    },
  ],
};

export default addizionale;
