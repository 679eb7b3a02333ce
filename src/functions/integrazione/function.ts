import { integrazione as integrazioneSalariale, oreMensiliPredefinite } from "../../engine/calc/integrazione";
import { centsNumber } from "../../engine/money";
import { amount, number, optionalAmount, optionalBoolean, optionalNumber, periodo as readPeriodo } from "../args";
import { excelCall } from "../excel";
import { settore as readSettore } from "../settore";

/**
 * Integrazione salariale per le ore non lavorate: ore × il minore tra l'80% della retribuzione oraria e il massimale mensile diviso per le ore lavorabili del mese (art. 3 D.Lgs. 148/2015).
 * @customfunction INTEGRAZIONE INTEGRAZIONE
 * @helpurl https://localhost:3000/help/integrazione.html
 * @param retribuzione_oraria Retribuzione globale oraria lorda del lavoratore, in euro.
 * @param ore_integrate Ore di sospensione o riduzione da integrare nel periodo.
 * @param periodo Anno (es. 2025) o data del periodo di integrazione: sceglie il massimale in vigore.
 * @param [ore_mensili_lavorabili] Ore lavorabili nel mese (elemento UniEmens); se omesso, 173 (convenzione 40 × 52 ÷ 12).
 * @param [retribuzione_mensile] Retribuzione mensile comprensiva dei ratei delle mensilità aggiuntive; obbligatoria fino al 2021 per scegliere la fascia del massimale.
 * @param [netto] VERO per l'importo al netto della riduzione del 5,84%; FALSO (predefinito) per il lordo.
 * @param [settore] "edilizia" o "lapideo" per i massimali delle intemperie stagionali (+20%); vuoto per il generale.
 * @returns Integrazione in euro, arrotondata al centesimo.
 */
export function integrazione(
  retribuzione_oraria: any,
  ore_integrate: any,
  periodo: any,
  ore_mensili_lavorabili?: any,
  retribuzione_mensile?: any,
  netto?: any,
  settore?: any,
): number {
  return excelCall(() => {
    const pay = amount(retribuzione_oraria, "retribuzione_oraria");
    const ore = number(ore_integrate, "ore_integrate", { min: 0 });
    const p = readPeriodo(periodo, "periodo");
    const oreMese = optionalNumber(ore_mensili_lavorabili, "ore_mensili_lavorabili", null, {
      positive: true,
      max: 744,
    });
    const result = integrazioneSalariale({
      retribuzioneOraria: pay,
      oreIntegrate: ore,
      day: p.day,
      oreMensiliLavorabili: oreMese ?? oreMensiliPredefinite(p.day),
      retribuzioneMensile: optionalAmount(retribuzione_mensile, "retribuzione_mensile"),
      netto: optionalBoolean(netto, "netto", false),
      settore: readSettore(settore),
    });
    return centsNumber(result.importo);
  });
}
