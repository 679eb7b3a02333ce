/**
 * Measure of the integrazione salariale (art. 3 D.Lgs. 148/2015): 80% of the lost
 * pay, within the monthly cap (data/massimali.ts) spread over the hours workable
 * in the month; the net figure after the 5,84% reduction of art. 26 L. 41/1986.
 */
import type { RuleModule } from "../schema";

const CHECKED = "2026-11-22";

const integrazione: RuleModule = {
  sources: [
    {
      id: "dlgs-148-2015-art3-c1",
      kind: "decreto-legislativo",
      numero: "148",
      data: "2015-09-14",
      articolo: "art. 3 c. 1",
      titolo: "Misura dell'integrazione salariale: 80% della retribuzione globale per le ore non prestate",
      url: "https://ntpluslavoro.ilsole24ore.com/art/ACS1hybB?uuid=ACS1hybB",
    },
    {
      id: "l-41-1986-art26",
      kind: "legge",
      numero: "41",
      data: "1986-02-28",
      articolo: "art. 26",
      titolo: "Riduzione del 5,84% degli importi dei trattamenti di integrazione salariale (importi «netti»)",
      url: "http://paoliformazione.com/?p=2178",
    },
    {
      id: "funzioni-catalogo",
      kind: "documento",
      numero: "",
      data: "2026-11-22",
      titolo: "Catalogo delle funzioni CIG.* del componente aggiuntivo (convenzione di calcolo)",
    },
  ],
  rules: [
    {
      id: "integrazione.percentuale",
      descrizione: "Misura dell'integrazione salariale in percentuale della retribuzione globale persa",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2015-09-24",
          value: "0.8",
          source: "dlgs-148-2015-art3-c1",
          verifiedOn: CHECKED,
          nota: "Dall'entrata in vigore del D.Lgs. 148/2015. La misura prevista dalla disciplina precedente non è in tabella.",
        },
      ],
    },
    {
      id: "integrazione.riduzione-netto",
      descrizione: "Riduzione applicata all'integrazione salariale per ottenere l'importo netto (prima dell'IRPEF)",
      unit: "frazione",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2014-01-01",
          value: "0.0584",
          source: "l-41-1986-art26",
          alsoSources: ["inps-circ-12-2014", "inps-circ-4-2026"],
          verifiedOn: CHECKED,
          status: "dedotto",
          nota:
            "In vigore da prima del 2014 (la tabella parte dal primo anno dei massimali). Ogni anno l'INPS pubblica i massimali " +
            "netti così ridotti; per il calcolo orario si applica la stessa riduzione all'80% della retribuzione.",
        },
      ],
    },
    {
      id: "integrazione.ore-mensili-predefinite",
      descrizione: "Ore mensili lavorabili usate quando non sono indicate (convenzione: 40 ore × 52 settimane ÷ 12)",
      unit: "ore",
      validity: "fino-a-modifica",
      entries: [
        {
          from: "2014-01-01",
          value: 173,
          source: "funzioni-catalogo",
          verifiedOn: CHECKED,
          status: "derivato",
          nota:
            "Non è un valore di legge: il massimale orario è il massimale mensile diviso per le ore lavorabili del mese " +
            "(elemento UniEmens). 40 × 52 ÷ 12 = 173,33, arrotondato a 173 come nei fogli di calcolo diffusi; " +
            "indicare le ore effettive del mese quando note.",
        },
      ],
    },
  ],
};

export default integrazione;
