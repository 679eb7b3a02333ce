/**
 * Estimated cost of the 2020 COVID-19 CIGD in the autonomous provinces of Trento and
 * Bolzano: hours × the average hourly cost INPS published for the worker's category,
 * which includes contribuzione figurativa and ANF (INPS circ. 61/2020 § 2.3, seed 004).
 * The function takes no date: it uses the latest published cost (only 2020 exists).
 */
import { historyOf } from "../../rules/lookup";
import { parseDateText, type Day } from "../dates";
import { toCents, type Dec } from "../money";
import { decimalAt } from "../rule-values";

export type Provincia = "trento" | "bolzano";
export type Qualifica = "apprendisti" | "operai" | "impiegati" | "quadri";

/** Rule ids of the hourly costs, written out so that every id is visible to a reader. */
const RULE_IDS: Record<Provincia, Record<Qualifica, string>> = {
  bolzano: {
    apprendisti: "cigd.costo-orario.bolzano.apprendisti",
    operai: "cigd.costo-orario.bolzano.operai",
    impiegati: "cigd.costo-orario.bolzano.impiegati",
    quadri: "cigd.costo-orario.bolzano.quadri",
  },
  trento: {
    apprendisti: "cigd.costo-orario.trento.apprendisti",
    operai: "cigd.costo-orario.trento.operai",
    impiegati: "cigd.costo-orario.trento.impiegati",
    quadri: "cigd.costo-orario.trento.quadri",
  },
};

export function costoCigdRuleId(provincia: Provincia, qualifica: Qualifica): string {
  return RULE_IDS[provincia][qualifica];
}

/** The latest published hourly cost (read at the first day of its validity). */
export function costoOrarioCigd(provincia: Provincia, qualifica: Qualifica): Dec {
  const ruleId = costoCigdRuleId(provincia, qualifica);
  const history = historyOf(ruleId);
  const latest = parseDateText(history[history.length - 1].from) as Day;
  return decimalAt(ruleId, latest).value;
}

/** ore × hourly cost, half-up to the cent. */
export function costoCigd(provincia: Provincia, qualifica: Qualifica, ore: number): Dec {
  return toCents(costoOrarioCigd(provincia, qualifica).times(ore));
}
