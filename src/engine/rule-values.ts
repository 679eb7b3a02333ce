/**
 * The engine's way to read the rules table: a value in force or a #N/A error with
 * an Italian message. Calculations never see a literal rule value.
 */
import { getRule, valueAt, type InForce } from "../rules/lookup";
import { isoOf, italianOf, type Day } from "./dates";
import { notAvailable } from "./errors";
import { dec, type Dec } from "./money";

/** The entry of `ruleId` in force on `day`; throws #N/A when there is none. */
export function inForce(ruleId: string, day: Day): InForce {
  const found = valueAt(ruleId, isoOf(day));
  if (found.ok) return found;
  const descrizione = getRule(ruleId).descrizione;
  throw found.reason === "non-ancora-pubblicato"
    ? notAvailable("regola.non.pubblicata", { descrizione, anno: day.getFullYear() })
    : notAvailable("regola.non.in.vigore", { descrizione, data: italianOf(day) });
}

/** Decimals of the table's values, made once per entry (lookups run once per cell). */
const decimals = new WeakMap<object, Dec>();

/** The decimal of a rule entry's value. */
export function entryDecimal(entry: { value: string | number }): Dec {
  let d = decimals.get(entry);
  if (!d) {
    d = dec(entry.value);
    decimals.set(entry, d);
  }
  return d;
}

/** A money or rate rule as a decimal. */
export function decimalAt(ruleId: string, day: Day): { value: Dec; at: InForce } {
  const at = inForce(ruleId, day);
  return { value: entryDecimal(at.entry), at };
}

/** A count rule (weeks, months, employees) as a number. */
export function numberAt(ruleId: string, day: Day): { value: number; at: InForce } {
  const at = inForce(ruleId, day);
  return { value: Number(at.entry.value), at };
}

/** A text rule (regimes, names). */
export function textAt(ruleId: string, day: Day): { value: string; at: InForce } {
  const at = inForce(ruleId, day);
  return { value: String(at.entry.value), at };
}

/** True when `ruleId` has a value in force on `day`. */
export function isInForce(ruleId: string, day: Day): boolean {
  return valueAt(ruleId, isoOf(day)).ok;
}
