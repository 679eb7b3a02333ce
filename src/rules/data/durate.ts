/**
 * Duration limits counted in rolling windows (verified-facts §4): CIGO 52 weeks in
 * the biennio mobile (art. 12 c. 3 D.Lgs. 148/2015); FIS assegno 26 weeks for
 * employers over 15 employees in 2016–2021 (art. 29 c. 3, original text) and, from
 * 2022, 13 or 26 weeks by size (DI 21-07-2022 art. 6); and the day from which
 * periods count towards the quinquennio-mobile limits.
 */
import type { RuleModule } from "../schema";

const CHECKED = "2026-11-22";

const durate: RuleModule = {
  sources: [
    {
      id: "dlgs-148-2015-art12",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 12 c. 3",
      titolo: "CIGO: al massimo 52 settimane nel biennio mobile per periodi non consecutivi",
      url: "https://www.normattiva.it/uri-res/N2Ls?urn:nir:::2015;148~art12",
    },
    {
      id: "dlgs-148-2015-art29-c3",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 29 c. 3 (testo originario)",
      titolo: "FIS: assegno ordinario per i datori oltre 15 dipendenti, al massimo 26 settimane nel biennio mobile",
      url: "https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.versione=1&art.idGruppo=4&art.flagTipoArticolo=0&art.codiceRedazionale=15G00160&art.dataPubblicazioneGazzetta=2015-09-23&art.idArticolo=29&art.idSottoArticolo=1&art.idSottoArticolo1=10&art.progressivo=0",
    },
    {
      id: "di-21-07-2022-art6",
      // The decree's number is not in our sources, so it is cited by date (kind "documento").
      kind: "documento",
      numero: "",
      data: "2022-07-21",
      titolo:
        "D.I. del 21/07/2022, art. 6 — FIS dal 2022: assegno di integrazione salariale per 13 settimane (fino a 5 dipendenti) o 26 settimane (oltre 5) nel biennio mobile",
      url: "https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.versione=1&art.idGruppo=0&art.flagTipoArticolo=0&art.codiceRedazionale=22A05289&art.idArticolo=6&art.idSottoArticolo=1&art.idSottoArticolo1=10&art.dataPubblicazioneGazzetta=2022-09-20&art.progressivo=0",
    },
    {
      id: "dlgs-148-2015-transitorio",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      titolo:
        "Disciplina transitoria: i periodi anteriori all'entrata in vigore (24/09/2015) non contano per i limiti nel quinquennio mobile",
      url: "https://pensionioggi.it/notizie/lavoro/cassa-integrazione-si-amplia-la-durata-massima-nelle-imprese-rilevanti-432323424",
    },
  ],
  rules: [
    {
      id: "durata.cigo.settimane-biennio",
      descrizione: "CIGO: settimane massime nel biennio mobile",
      unit: "settimane",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2015-09-24",
          value: 52,
          source: "dlgs-148-2015-art12",
          verifiedOn: CHECKED,
          nota:
            "I periodi per eventi oggettivamente non evitabili non si contano, salvo edilizia e lapidei (art. 12 c. 4); " +
            "dal 01/07/2025 al 31/12/2025 non si contano neppure per questi (art. 10-bis D.L. 92/2025).",
        },
      ],
    },
    {
      id: "durata.fis.settimane.oltre-15",
      descrizione: "FIS: settimane massime di assegno nel biennio mobile, datori oltre 15 dipendenti",
      unit: "settimane",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2016-01-01",
          value: 26,
          source: "dlgs-148-2015-art29-c3",
          verifiedOn: CHECKED,
          nota: "Fino al 2021 l'assegno ordinario spettava solo ai datori oltre 15 dipendenti.",
        },
        { from: "2022-01-01", value: 26, source: "di-21-07-2022-art6", verifiedOn: CHECKED },
      ],
    },
    {
      id: "durata.fis.settimane.da-6-a-15",
      descrizione: "FIS: settimane massime di assegno nel biennio mobile, datori oltre 5 e fino a 15 dipendenti",
      unit: "settimane",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2022-01-01",
          value: 26,
          source: "di-21-07-2022-art6",
          verifiedOn: CHECKED,
          nota: "Prima del 2022 questi datori avevano solo l'assegno di solidarietà, non l'assegno ordinario.",
        },
      ],
    },
    {
      id: "durata.fis.settimane.fino-5",
      descrizione: "FIS: settimane massime di assegno nel biennio mobile, datori fino a 5 dipendenti",
      unit: "settimane",
      validity: "fino-a-modifica",
      entries: [{ from: "2022-01-01", value: 13, source: "di-21-07-2022-art6", verifiedOn: CHECKED }],
    },
    {
      id: "durata.quinquennio.decorrenza",
      descrizione: "Primo giorno dei periodi di integrazione che contano per i limiti nel quinquennio mobile",
      unit: "data",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2015-09-24",
          value: "2015-09-24",
          source: "dlgs-148-2015-transitorio",
          alsoSources: ["dlgs-148-2015-art5-c1"],
          verifiedOn: CHECKED,
          nota: "Fonti secondarie (pensionioggi, 123dok); l'articolo della disposizione transitoria non è stato verificato.",
        },
      ],
    },
  ],
};

export default durate;
