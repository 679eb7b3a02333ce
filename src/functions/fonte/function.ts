import { fonteRegola } from "../../engine/calc/fonte";
import { optionalPeriodo, text } from "../args";
import { excelCall } from "../excel";

/**
 * Fonte normativa del valore di una regola in vigore nel periodo (es. «Circ. INPS n. 4 del 28/01/2026»); le regole si indicano con il loro identificativo, elencato nelle pagine di aiuto (es. "massimale.unico.lordo").
 * @customfunction FONTE FONTE
 * @helpurl https://localhost:3000/help/fonte.html
 * @param regola Identificativo della regola, es. "massimale.unico.lordo" o "addizionale.aliquota.prima".
 * @param [periodo] Anno o data; se omesso, la data di oggi.
 * @returns Citazione della fonte (atto, numero, data, articolo).
 */
export function fonte(regola: any, periodo?: any): string {
  return excelCall(() => {
    const id = text(regola, "regola");
    const p = optionalPeriodo(periodo, "periodo");
    return fonteRegola(id, p.day).testo;
  });
}
