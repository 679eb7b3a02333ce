import { massimale as massimaleMensile } from "../../engine/calc/massimale";
import { centsNumber } from "../../engine/money";
import { optionalAmount, optionalBoolean, periodo as readPeriodo } from "../args";
import { excelCall } from "../excel";
import { settore as readSettore } from "../settore";

/**
 * Massimale mensile dell'integrazione salariale in vigore nel periodo (fino al 2021 secondo la fascia di retribuzione, dal 2022 unico).
 * @customfunction MASSIMALE MASSIMALE
 * @helpurl https://localhost:3000/help/massimale.html
 * @param periodo Anno (es. 2025) o data del periodo di integrazione.
 * @param [retribuzione_mensile] Retribuzione mensile lorda comprensiva dei ratei delle mensilità aggiuntive; obbligatoria fino al 2021.
 * @param [netto] VERO per l'importo al netto della riduzione del 5,84%; FALSO (predefinito) per il lordo.
 * @param [settore] "edilizia" o "lapideo" per gli importi maggiorati del 20% per intemperie stagionali; vuoto per il massimale generale.
 * @returns Importo mensile in euro.
 */
export function massimale(periodo: any, retribuzione_mensile?: any, netto?: any, settore?: any): number {
  return excelCall(() => {
    const p = readPeriodo(periodo, "periodo");
    const cap = massimaleMensile({
      day: p.day,
      retribuzioneMensile: optionalAmount(retribuzione_mensile, "retribuzione_mensile"),
      netto: optionalBoolean(netto, "netto", false),
      settore: readSettore(settore),
    });
    return centsNumber(cap.importo);
  });
}
