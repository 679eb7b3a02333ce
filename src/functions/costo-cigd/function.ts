import { costoCigd as costo, type Provincia, type Qualifica } from "../../engine/calc/costo-cigd";
import { centsNumber } from "../../engine/money";
import { choice, number } from "../args";
import { excelCall } from "../excel";

const PROVINCE: Record<string, Provincia> = {
  trento: "trento",
  tn: "trento",
  "provincia autonoma di trento": "trento",
  bolzano: "bolzano",
  bz: "bolzano",
  bozen: "bolzano",
  "bolzano-bozen": "bolzano",
  "provincia autonoma di bolzano": "bolzano",
};

const QUALIFICHE: Record<string, Qualifica> = {
  apprendista: "apprendisti",
  apprendisti: "apprendisti",
  operaio: "operai",
  operai: "operai",
  impiegato: "impiegati",
  impiegata: "impiegati",
  impiegati: "impiegati",
  impiegate: "impiegati",
  quadro: "quadri",
  quadri: "quadri",
};

/**
 * Costo stimato della cassa integrazione in deroga COVID-19 nelle Province autonome di Trento e Bolzano: ore per il costo medio orario 2020 della qualifica, comprensivo di contribuzione figurativa e ANF (circ. INPS 61/2020).
 * @customfunction COSTO.CIGD COSTO.CIGD
 * @helpurl https://localhost:3000/help/costo-cigd.html
 * @param provincia "Trento" o "Bolzano".
 * @param qualifica "apprendista", "operaio", "impiegato" o "quadro" (anche al plurale, maiuscole o minuscole).
 * @param ore Ore di cassa integrazione in deroga da stimare.
 * @returns Costo stimato in euro, arrotondato al centesimo.
 */
export function costoCigd(provincia: any, qualifica: any, ore: any): number {
  return excelCall(() => {
    const p = choice(provincia, "provincia", PROVINCE, '"Trento", "Bolzano"');
    const q = choice(qualifica, "qualifica", QUALIFICHE, '"apprendista", "operaio", "impiegato", "quadro"');
    const h = number(ore, "ore", { min: 0 });
    return centsNumber(costo(p, q, h));
  });
}
