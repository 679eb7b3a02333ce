import { contributoOrdinario as contributo, type Gestione } from "../../engine/calc/contributo-ordinario";
import { centsNumber } from "../../engine/money";
import { amount, choice, number, optionalBoolean, optionalPeriodo } from "../args";
import { excelCall } from "../excel";
import { settore as readSettore } from "../settore";

const GESTIONI: Record<string, Gestione> = { cigo: "CIGO", cigs: "CIGS", fis: "FIS" };

/**
 * Contributo ordinario dovuto alla gestione (CIGO, CIGS o FIS) sull'imponibile, con l'aliquota in vigore per la dimensione del datore e la data (comprese le riduzioni del solo 2022).
 * @customfunction CONTRIBUTO.ORDINARIO CONTRIBUTO.ORDINARIO
 * @helpurl https://localhost:3000/help/contributo-ordinario.html
 * @param imponibile Retribuzione imponibile previdenziale su cui si calcola il contributo, in euro.
 * @param gestione "CIGO", "CIGS" o "FIS".
 * @param dipendenti Dipendenti medi del datore (CIGO: media dell'anno precedente; FIS: media del semestre di riferimento).
 * @param [periodo] Anno o data del periodo di paga; se omesso, la data di oggi.
 * @param [settore] Solo CIGO: "edilizia" o "lapideo" per le aliquote degli operai; vuoto per le altre.
 * @param [tutela_cigo] Solo CIGS nel 2022: VERO se il datore rientra anche nella CIGO (niente riduzione); FALSO (predefinito) altrimenti.
 * @param [ridotto] Solo FIS dal 2025: VERO per il contributo ridotto del 40% (fino a 5 dipendenti, nessuna domanda di assegno da 24 mesi).
 * @returns Contributo in euro, arrotondato al centesimo.
 */
export function contributoOrdinario(
  imponibile: any,
  gestione: any,
  dipendenti: any,
  periodo?: any,
  settore?: any,
  tutela_cigo?: any,
  ridotto?: any,
): number {
  return excelCall(() => {
    const base = amount(imponibile, "imponibile");
    const g = choice(gestione, "gestione", GESTIONI, '"CIGO", "CIGS", "FIS"');
    const n = number(dipendenti, "dipendenti", { min: 0 });
    const p = optionalPeriodo(periodo, "periodo");
    const result = contributo({
      imponibile: base,
      gestione: g,
      dipendenti: n,
      day: p.day,
      settore: readSettore(settore),
      tutelaCigo: optionalBoolean(tutela_cigo, "tutela_cigo", false),
      ridotto: optionalBoolean(ridotto, "ridotto", false),
    });
    return centsNumber(result.importo);
  });
}
