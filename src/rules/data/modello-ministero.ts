/**
 * Limits, dates and budgets checked on the Ministry model sheets
 * (shared/domain/modello-ministero.md): mobilità in deroga 2026 (art. 53-ter
 * D.L. 50/2017), CIGS in the aree di crisi industriale complessa (art. 44 c.
 * 11-bis D.Lgs. 148/2015), CIGD COVID-19 in the Province autonome (art. 22 D.L.
 * 18/2020) and the solidarity-contract contribution relief (D.I. 98189/2016).
 */
import type { RuleModule } from "../schema";

const CHECKED = "2026-11-22";
const NOTA_5035_URL =
  "https://iqmagazine.inquery.it/notizia/IQ46021-30-0001/Mobilità-in-deroga-per-aree-di-crisi-industriale-complessa-istruzioni-operative";
const ART1_URL =
  "https://doctrine.it/norms/laws/itatext96dyyotemof70if/articles/itaartjugnhbyl7anwww?version=33bea4d5-d660-5d62-bfed-4a8923f12661%3A%3ALR25270123DFD26807DC7B%3A%3A2021-12-31";
const MASSIMALI_MOBILITA_NOTA =
  "L'INPS calcola la mobilità in deroga con gli importi massimi dell'indennità di mobilità della circ. 48/2016 " +
  "(circ. INPS 51/2021, msg. 1850/2024). Che restino gli stessi nel 2025–2026 è la lettura meglio sostenuta, " +
  "ma nessuna fonte lo conferma per quegli anni.";

const modelloMinistero: RuleModule = {
  sources: [
    {
      id: "dl-50-2017-art53ter",
      kind: "decreto-legge",
      numero: "50",
      data: "2017-04-24",
      articolo: "art. 53-ter",
      titolo:
        "Prosecuzione della mobilità in deroga nelle aree di crisi industriale complessa, fino a dodici mesi, senza soluzione di continuità",
      url: "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legge:2017-04-24;50~art53ter",
    },
    {
      id: "mlps-circ-16-2025",
      kind: "circolare-mlps",
      numero: "16",
      data: "2025-10-08",
      titolo:
        "Mobilità in deroga nelle aree di crisi industriale complessa: richieste di sostenibilità finanziaria e modello excel",
      url: "https://www.lavoro.gov.it/notizie/pagine/mobilita-in-deroga-nuova-circolare-per-le-aziende-operanti-nelle-aree-di-crisi-industriale-complessa",
    },
    {
      id: "mlps-nota-5035-2026",
      kind: "nota-mlps",
      numero: "5035",
      data: "2026-03-18",
      titolo:
        "Mobilità in deroga 2026: istruzioni operative (periodi dal 1° gennaio 2026, patto di servizio, percorsi di politica attiva)",
      url: NOTA_5035_URL,
    },
    {
      id: "l-199-2025-c165",
      kind: "legge",
      numero: "199",
      data: "2025-12-30",
      articolo: "art. 1 c. 165",
      titolo:
        "Legge di bilancio 2026: 100 milioni di euro per le aree di crisi industriale complessa, anche per la mobilità in deroga",
      url: NOTA_5035_URL,
    },
    {
      id: "inps-circ-51-2021",
      kind: "circolare-inps",
      numero: "51",
      data: "2021-03-29",
      titolo: "Indennità pari alla mobilità in deroga: importi massimi della circ. 48/2016",
      url: "https://lavorofacile.it/news/regione-sicilia-le-istruzioni-lindennita-mobilita-deroga",
    },
    {
      id: "mlps-circ-3-2026",
      kind: "circolare-mlps",
      numero: "3",
      data: "2026-02-10",
      titolo:
        "CIGS nelle aree di crisi industriale complessa dopo la L. 199/2025: gestione accentrata, elenco dei lavoratori",
      url: "https://www.lavoro.gov.it/node/41690",
    },
    {
      id: "dlgs-148-2015-art44-c11bis",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 44 c. 11-bis",
      titolo: "CIGS nelle aree di crisi industriale complessa: fino a dodici mesi per anno",
      url: "https://www.lavorofacile.it/news/aree-di-crisi-industriale-complessa--nuovi-trattamenti-cigs",
    },
    {
      id: "dlgs-148-2015-art1",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 1 c. 1–2",
      titolo: "Beneficiari (esclusi i dirigenti) e anzianità minima di effettivo lavoro",
      url: ART1_URL,
    },
    {
      id: "dl-92-2025-art6",
      kind: "decreto-legge",
      numero: "92",
      data: "2025-06-26",
      articolo: "art. 6 c. 1",
      titolo: "Esonero dal contributo addizionale per la CIGS nelle aree di crisi autorizzata per il 2025",
      url: "https://www.consulentidellavoro.pe.it/id/18600",
    },
    {
      id: "inps-circ-61-2020",
      kind: "circolare-inps",
      numero: "61",
      data: "2020-05-23",
      titolo: "CIGD COVID-19 nelle Province autonome di Trento e Bolzano (art. 22 D.L. 18/2020)",
    },
    {
      id: "dl-18-2020-art22",
      kind: "decreto-legge",
      numero: "18",
      data: "2020-03-17",
      articolo: "art. 22",
      titolo: "Cassa integrazione in deroga COVID-19: fino a nove settimane",
    },
    {
      id: "dm-23-12-1976",
      kind: "documento",
      numero: "",
      data: "1976-12-23",
      titolo:
        "D.M. 23/12/1976: sistemi di codificazione dei soggetti da iscrivere all'anagrafe tributaria (codice fiscale)",
    },
    {
      id: "mlps-circ-3-2017-sgravio",
      kind: "circolare-mlps",
      numero: "3",
      data: "2017-02-13",
      articolo: "§ 4 e § 5",
      titolo:
        "Reiterazione della riduzione contributiva per i contratti di solidarietà (D.I. 98189/2016): 24 mesi, limiti di spesa 2016–2018",
    },
  ],
  rules: [
    // --- Profile A: mobilità in deroga (art. 53-ter D.L. 50/2017) ---
    {
      id: "mobilita.trattamento.data",
      descrizione: "Data alla quale il lavoratore deve risultare beneficiario di mobilità ordinaria o in deroga",
      unit: "data",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2017-04-24",
          value: "2017-01-01",
          source: "dl-50-2017-art53ter",
          alsoSources: ["mlps-nota-5035-2026"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "mobilita.trattamento.ammessi",
      descrizione: "Trattamenti in corso a quella data che danno accesso alla prosecuzione (separati da «;»)",
      unit: "testo",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2017-04-24",
          value: "mobilità ordinaria;mobilità in deroga",
          source: "dl-50-2017-art53ter",
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "mobilita.periodo.decorrenza",
      descrizione: "Primo giorno dei periodi coperti dal finanziamento della mobilità in deroga",
      unit: "data",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2026-01-01",
          value: "2026-01-01",
          source: "mlps-nota-5035-2026",
          verifiedOn: CHECKED,
          nota: "La sostenibilità finanziaria 2026 riguarda solo periodi dal 1° gennaio 2026.",
        },
      ],
    },
    {
      id: "mobilita.durata.massima",
      descrizione: "Durata massima della prosecuzione della mobilità in deroga",
      unit: "mesi",
      validity: "fino-a-modifica",
      entries: [{ from: "2017-04-24", value: 12, source: "dl-50-2017-art53ter", verifiedOn: CHECKED }],
    },
    {
      id: "mobilita.massimale.inferiore",
      descrizione: "Importo massimo mensile della mobilità in deroga, fascia inferiore (lordo)",
      unit: "EUR",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2016-01-01",
          value: "971.71",
          source: "inps-circ-48-2016",
          alsoSources: ["inps-circ-51-2021"],
          verifiedOn: CHECKED,
          status: "dedotto",
          nota: MASSIMALI_MOBILITA_NOTA,
        },
      ],
    },
    {
      id: "mobilita.massimale.superiore",
      descrizione: "Importo massimo mensile della mobilità in deroga, fascia superiore (lordo)",
      unit: "EUR",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2016-01-01",
          value: "1167.91",
          source: "inps-circ-48-2016",
          alsoSources: ["inps-circ-51-2021"],
          verifiedOn: CHECKED,
          status: "dedotto",
          nota: MASSIMALI_MOBILITA_NOTA,
        },
      ],
    },
    {
      id: "aree-crisi.stanziamento",
      descrizione: "Risorse annuali per la CIGS nelle aree di crisi industriale complessa e la mobilità in deroga",
      unit: "EUR",
      validity: "annuale",
      entries: [
        {
          from: "2026-01-01",
          value: "100000000",
          source: "l-199-2025-c165",
          alsoSources: ["mlps-nota-5035-2026"],
          verifiedOn: CHECKED,
          nota: "Gestione accentrata, senza riparto regionale; risorse condivise tra CIGS e mobilità in deroga.",
        },
      ],
    },
    // --- Profile B: CIGS in the aree di crisi industriale complessa ---
    {
      id: "cigs-aree-crisi.durata.massima",
      descrizione: "Durata massima della CIGS nelle aree di crisi industriale complessa per anno di riferimento",
      unit: "mesi",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2016-01-01",
          value: 12,
          source: "dlgs-148-2015-art44-c11bis",
          alsoSources: ["mlps-circ-3-2026"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "cigs.anzianita.giorni",
      descrizione: "Anzianità minima di effettivo lavoro presso l'unità produttiva per l'integrazione salariale",
      unit: "giorni",
      validity: "fino-a-modifica",
      entries: [
        { from: "2015-09-24", value: 90, source: "dlgs-148-2015-art1", verifiedOn: CHECKED },
        {
          from: "2022-01-01",
          value: 30,
          source: "dlgs-148-2015-art1",
          verifiedOn: CHECKED,
          nota: "Per i trattamenti richiesti dal 1° gennaio 2022; la norma guarda alla data della domanda.",
        },
      ],
    },
    {
      id: "cigs-aree-crisi.addizionale.esonero",
      descrizione: "Esonero dal contributo addizionale per la CIGS nelle aree di crisi autorizzata per il 2025",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2025-01-01",
          to: "2025-12-31",
          value: "0",
          source: "dl-92-2025-art6",
          verifiedOn: CHECKED,
          nota: "L'esonero non spetta, o cessa, se il datore avvia un licenziamento collettivo.",
        },
      ],
    },
    // --- Profile C: CIGD COVID-19 in the Province autonome ---
    {
      id: "cigd-covid.periodo.inizio",
      descrizione: "Primo giorno dei periodi di CIGD COVID-19 nelle Province autonome",
      unit: "data",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2020-03-17",
          value: "2020-02-23",
          source: "inps-circ-61-2020",
          alsoSources: ["dl-18-2020-art22"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "cigd-covid.periodo.fine",
      descrizione: "Ultimo giorno dei periodi di CIGD COVID-19 nelle Province autonome",
      unit: "data",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2020-03-17",
          value: "2020-08-31",
          source: "inps-circ-61-2020",
          verifiedOn: CHECKED,
          nota: "Salvo diverso termine fissato da norme successive.",
        },
      ],
    },
    {
      id: "cigd-covid.assunzione.entro",
      descrizione: "Data entro la quale il lavoratore deve essere alle dipendenze dell'azienda richiedente",
      unit: "data",
      validity: "fino-a-modifica",
      entries: [{ from: "2020-03-17", value: "2020-03-17", source: "inps-circ-61-2020", verifiedOn: CHECKED }],
    },
    {
      id: "cigd-covid.settimane.massime",
      descrizione: "Settimane massime di CIGD COVID-19 per unità produttiva, anche non continuative",
      unit: "settimane",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2020-03-17",
          value: 9,
          source: "dl-18-2020-art22",
          alsoSources: ["inps-circ-61-2020"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "cigd-covid.accordo.soglia",
      descrizione: "Dipendenti fino ai quali il datore è esonerato dall'accordo sindacale",
      unit: "dipendenti",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2020-03-17",
          value: 5,
          source: "inps-circ-61-2020",
          alsoSources: ["dl-18-2020-art22"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "cigd-covid.codici-esclusi",
      descrizione:
        "Codici di autorizzazione INPS dei datori esclusi (già coperti dai Fondi di solidarietà di Trento e Bolzano), separati da «;»",
      unit: "testo",
      validity: "fino-a-modifica",
      entries: [{ from: "2020-03-17", value: "7V;6P", source: "inps-circ-61-2020", verifiedOn: CHECKED }],
    },
    {
      id: "cigd-covid.stanziamento.bolzano",
      descrizione: "Risorse per la CIGD COVID-19 della Provincia autonoma di Bolzano (D.I. 24/03/2020 e n. 5/2020)",
      unit: "EUR",
      validity: "fino-a-modifica",
      entries: [{ from: "2020-03-17", value: "29700000", source: "inps-circ-61-2020", verifiedOn: CHECKED }],
    },
    {
      id: "cigd-covid.stanziamento.trento",
      descrizione: "Risorse per la CIGD COVID-19 della Provincia autonoma di Trento (D.I. 24/03/2020 e n. 5/2020)",
      unit: "EUR",
      validity: "fino-a-modifica",
      entries: [{ from: "2020-03-17", value: "18150000", source: "inps-circ-61-2020", verifiedOn: CHECKED }],
    },
    // --- Profile D: contribution relief for solidarity contracts ---
    {
      id: "solidarieta.sgravio.durata-massima",
      descrizione: "Durata massima complessiva della reiterazione dello sgravio per unità produttiva",
      unit: "mesi",
      validity: "fino-a-modifica",
      entries: [{ from: "2016-01-01", value: 24, source: "mlps-circ-3-2017-sgravio", verifiedOn: CHECKED }],
    },
    {
      id: "solidarieta.sgravio.limite-spesa",
      descrizione:
        "Limite di spesa annuo della reiterazione dello sgravio (condiviso con la prosecuzione della CIGS dell'art. 42)",
      unit: "EUR",
      validity: "annuale",
      entries: [
        { from: "2016-01-01", value: "4000000", source: "mlps-circ-3-2017-sgravio", verifiedOn: CHECKED },
        { from: "2017-01-01", value: "90000000", source: "mlps-circ-3-2017-sgravio", verifiedOn: CHECKED },
        {
          from: "2018-01-01",
          value: "100000000",
          source: "mlps-circ-3-2017-sgravio",
          verifiedOn: CHECKED,
          nota: "Ultimo anno finanziato: i periodi dal 2019 non hanno risorse.",
        },
      ],
    },
  ],
};

export default modelloMinistero;
