/**
 * Ordinary contributions that fund the schemes ("contribuzione ordinaria"):
 * CIGO (art. 13 D.Lgs. 148/2015), CIGS (art. 23), FIS (art. 29 c. 8), with the
 * 2022-only reductions of L. 234/2021 c. 219 and the 2025 FIS reduction for small
 * employers without AIS requests in the previous 24 months (verified-facts §3).
 * Rates are fractions of the retribuzione imponibile previdenziale.
 */
import type { RuleModule } from "../schema";

const CHECKED = "2026-11-22";
const ART13_URL =
  "https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.progressivo=0&art.idArticolo=13&art.versione=1&art.codiceRedazionale=15G00160&art.dataPubblicazioneGazzetta=2015-09-23&art.idGruppo=2&art.idSottoArticolo1=10&art.idSottoArticolo=1&art.flagTipoArticolo=0";

const contribuzione: RuleModule = {
  sources: [
    {
      id: "dlgs-148-2015-art13-c1",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 13 c. 1",
      titolo:
        "Contribuzione ordinaria CIGO: 1,70% e 2,00% secondo i dipendenti; edilizia e lapidei operai 4,70% e 3,30%",
      url: ART13_URL,
    },
    {
      id: "dlgs-148-2015-art13-c2",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 13 c. 2",
      titolo: "CIGO: dipendenti calcolati come media dell'anno precedente, con effetto dal 1° gennaio",
      url: ART13_URL,
    },
    {
      id: "dlgs-148-2015-art23",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 23 c. 1",
      titolo: "Contribuzione ordinaria CIGS: 0,90% (0,60% datore, 0,30% lavoratore)",
      url: "https://infolega.coop/it/articolo/le-nuove-aliquote-dopo-la-riforma-degli-ammortizzatori-sociali/2221",
    },
    {
      id: "dlgs-148-2015-art29-fis-2016",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 29",
      titolo: "Fondo di integrazione salariale dal 2016: 0,45% (da 6 a 15 dipendenti) e 0,65% (oltre 15)",
      url: "https://fiscoetasse.com/index.php/rassegna-stampa/21030-fondo-di-integrazionale-salariale-attivo-dal-1-gennaio-2016.html",
    },
    {
      id: "dlgs-148-2015-art29-c8-2022",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 29 c. 8 (testo dal 2022)",
      titolo: "FIS dal 2022: 0,50% fino a 5 dipendenti, 0,80% oltre 5",
      url: "https://www.edotto.com/articolo/cassa-integrazione-fis-e-fondo-attivita-professionali-contribuzione-ridotta-dal-2025",
    },
    {
      id: "l-234-2021-c219",
      kind: "legge",
      numero: "234",
      data: "2021-12-30",
      articolo: "art. 1 c. 219",
      titolo: "Riduzioni della contribuzione ordinaria FIS e CIGS per il solo 2022",
      url: "https://infolega.coop/it/articolo/le-nuove-aliquote-dopo-la-riforma-degli-ammortizzatori-sociali/2221",
    },
    {
      id: "inps-msg-316-2023",
      kind: "documento",
      numero: "",
      data: "2023-01-30",
      titolo:
        "Studio Marchetti, 30/01/2023: con il messaggio INPS 316/2023 FIS e CIGS tornano dal 1° gennaio 2023 alle aliquote ordinarie",
      url: "https://studiomarchetti.net/it/news/2023-01-30-fis-cigs-2023-cambia-contribuzione-imprese",
    },
    {
      id: "dlgs-148-2015-art29-c8bis",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 29 c. 8-bis",
      titolo:
        "FIS dal 2025: contributo ridotto del 40% (0,30%) per chi ha fino a 5 dipendenti e nessuna domanda di AIS da 24 mesi",
      url: "https://ratio.it/dal-1012025-ridotti-gli-oneri-fis-e-addizionale-cigcigs",
    },
  ],
  rules: [
    {
      id: "contribuzione.cigo.soglia-dipendenti",
      descrizione: "CIGO: dipendenti (media dell'anno precedente) fino ai quali si applica l'aliquota minore",
      unit: "dipendenti",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2015-09-24",
          value: 50,
          source: "dlgs-148-2015-art13-c1",
          alsoSources: ["dlgs-148-2015-art13-c2"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "contribuzione.cigo.fino-50",
      descrizione:
        "Contribuzione ordinaria CIGO, datori fino a 50 dipendenti (anche impiegati e quadri di edilizia e lapidei)",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [{ from: "2015-09-24", value: "0.017", source: "dlgs-148-2015-art13-c1", verifiedOn: CHECKED }],
    },
    {
      id: "contribuzione.cigo.oltre-50",
      descrizione:
        "Contribuzione ordinaria CIGO, datori oltre 50 dipendenti (anche impiegati e quadri di edilizia e lapidei)",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [{ from: "2015-09-24", value: "0.02", source: "dlgs-148-2015-art13-c1", verifiedOn: CHECKED }],
    },
    {
      id: "contribuzione.cigo.edilizia-operai",
      descrizione: "Contribuzione ordinaria CIGO, operai dell'edilizia (industria e artigianato)",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2015-09-24",
          value: "0.047",
          source: "dlgs-148-2015-art13-c1",
          verifiedOn: CHECKED,
          nota: "Art. 13 c. 1 lett. c.",
        },
      ],
    },
    {
      id: "contribuzione.cigo.lapideo-operai",
      descrizione: "Contribuzione ordinaria CIGO, operai dei lapidei (industria e artigianato)",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2015-09-24",
          value: "0.033",
          source: "dlgs-148-2015-art13-c1",
          verifiedOn: CHECKED,
          nota: "Art. 13 c. 1 lett. d.",
        },
      ],
    },
    {
      id: "contribuzione.cigs",
      descrizione: "Contribuzione ordinaria CIGS (0,60% a carico del datore, 0,30% del lavoratore)",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [{ from: "2015-09-24", value: "0.009", source: "dlgs-148-2015-art23", verifiedOn: CHECKED }],
    },
    {
      id: "contribuzione.cigs.ridotta-2022",
      descrizione:
        "Contribuzione ordinaria CIGS ridotta per il 2022 (0,90% − 0,63%), datori oltre 15 dipendenti non rientranti nella CIGO",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2022-01-01",
          to: "2022-12-31",
          value: "0.0027",
          source: "l-234-2021-c219",
          alsoSources: ["inps-msg-316-2023"],
          verifiedOn: CHECKED,
          nota: "Solo per il 2022; dal 2023 torna lo 0,90% (messaggio INPS 316/2023).",
        },
      ],
    },
    {
      id: "contribuzione.cigs.soglia-riduzione-2022",
      descrizione: "Dipendenti oltre i quali spetta la riduzione CIGS del 2022",
      unit: "dipendenti",
      validity: "fino-a-modifica",
      entries: [{ from: "2022-01-01", to: "2022-12-31", value: 15, source: "l-234-2021-c219", verifiedOn: CHECKED }],
    },
    {
      id: "fis.soglia.piccoli",
      descrizione:
        "FIS: dipendenti (media del semestre di riferimento) fino ai quali il datore è nella classe più piccola",
      unit: "dipendenti",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2016-01-01",
          value: 5,
          source: "dlgs-148-2015-art29-fis-2016",
          verifiedOn: CHECKED,
          nota: "Fino al 2021 il FIS riguardava solo i datori con più di 5 dipendenti.",
        },
        {
          from: "2022-01-01",
          value: 5,
          source: "dlgs-148-2015-art29-c8-2022",
          verifiedOn: CHECKED,
          nota: "Dal 2022 anche i datori fino a 5 dipendenti sono nel FIS.",
        },
      ],
    },
    {
      id: "fis.soglia.grandi",
      descrizione: "FIS: dipendenti oltre i quali il datore è nella classe maggiore",
      unit: "dipendenti",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2016-01-01",
          value: 15,
          source: "dlgs-148-2015-art29-fis-2016",
          alsoSources: ["l-234-2021-c219"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "contribuzione.fis.fino-5",
      descrizione: "Contribuzione ordinaria FIS, datori fino a 5 dipendenti",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2022-01-01",
          value: "0.0015",
          source: "l-234-2021-c219",
          verifiedOn: CHECKED,
          nota: "Solo 2022: 0,50% ridotto di 0,35 punti.",
        },
        {
          from: "2023-01-01",
          value: "0.005",
          source: "dlgs-148-2015-art29-c8-2022",
          alsoSources: ["inps-msg-316-2023"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "contribuzione.fis.fino-5.ridotta",
      descrizione:
        "Contribuzione ordinaria FIS ridotta del 40%, datori fino a 5 dipendenti senza domande di AIS da almeno 24 mesi",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2025-01-01",
          value: "0.003",
          source: "dlgs-148-2015-art29-c8bis",
          alsoSources: ["inps-circ-5-2025"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "contribuzione.fis.da-6-a-15",
      descrizione: "Contribuzione ordinaria FIS, datori oltre 5 e fino a 15 dipendenti",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        { from: "2016-01-01", value: "0.0045", source: "dlgs-148-2015-art29-fis-2016", verifiedOn: CHECKED },
        {
          from: "2022-01-01",
          value: "0.0055",
          source: "l-234-2021-c219",
          verifiedOn: CHECKED,
          nota: "Solo 2022: 0,80% ridotto di 0,25 punti.",
        },
        {
          from: "2023-01-01",
          value: "0.008",
          source: "dlgs-148-2015-art29-c8-2022",
          alsoSources: ["inps-msg-316-2023"],
          verifiedOn: CHECKED,
        },
      ],
    },
    {
      id: "contribuzione.fis.oltre-15",
      descrizione: "Contribuzione ordinaria FIS, datori oltre 15 dipendenti (dal 2022 pagano anche la CIGS)",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        { from: "2016-01-01", value: "0.0065", source: "dlgs-148-2015-art29-fis-2016", verifiedOn: CHECKED },
        {
          from: "2022-01-01",
          value: "0.0069",
          source: "l-234-2021-c219",
          verifiedOn: CHECKED,
          nota: "Solo 2022: 0,80% ridotto di 0,11 punti.",
        },
        {
          from: "2023-01-01",
          value: "0.008",
          source: "dlgs-148-2015-art29-c8-2022",
          alsoSources: ["inps-msg-316-2023"],
          verifiedOn: CHECKED,
        },
      ],
    },
  ],
};

export default contribuzione;
