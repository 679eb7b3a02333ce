/**
 * Money and rates in decimal arithmetic. Every euro amount the add-in returns is
 * rounded here, half-up to the cent, as INPS publishes amounts.
 */
import Decimal from "decimal.js";

/** A private Decimal constructor: nobody's global settings can change our rounding. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export function dec(value: string | number | Decimal): Decimal {
  return new Dec(value);
}

/** Rounded half-up to the cent. */
export function toCents(value: Decimal): Decimal {
  return (value instanceof Dec ? value : new Dec(value)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** A cent-rounded amount as the number Excel receives. */
export function centsNumber(value: Decimal): number {
  return toCents(value).toNumber();
}

const THOUSANDS_DOT = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN_COMMA = /^-?\d+(,\d+)?$/;
const PLAIN_DOT = /^-?\d+(\.\d+)?$/;
const THOUSANDS_COMMA_DOT = /^-?\d{1,3}(,\d{3})+\.\d+$/;

/**
 * A number typed as text, Italian style first: "1.234,56", "1234,56", "1234.56",
 * "€ 1.234", "-12". Returns null for anything else (no guessing on ambiguous text
 * such as "1,234,5").
 */
export function parseNumberText(text: string): Decimal | null {
  const t = text
    .trim()
    .replace(/^€\s*/, "")
    .replace(/\s*€$/, "")
    .replace(/\s*(EUR|eur)$/, "")
    .replace(/[\s\u00a0']/g, "");
  if (t === "" || t === "-") return null;
  let normal: string | null = null;
  if (THOUSANDS_DOT.test(t)) normal = t.replace(/\./g, "").replace(",", ".");
  else if (PLAIN_COMMA.test(t)) normal = t.replace(",", ".");
  else if (PLAIN_DOT.test(t)) normal = t;
  else if (THOUSANDS_COMMA_DOT.test(t)) normal = t.replace(/,/g, "");
  return normal === null ? null : new Dec(normal);
}

/** "1.234,56" — how amounts are written in Italian messages. */
export function formatEuro(value: Decimal | number): string {
  const d = toCents(new Dec(value));
  const negative = d.isNegative();
  const [int, frac] = d.abs().toFixed(2).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped},${frac}`;
}

/** "9%" / "0,5%" — how rates are written in Italian messages. */
export function formatPercent(fraction: Decimal | number | string): string {
  const p = new Dec(fraction).times(100);
  return `${p.toDecimalPlaces(4).toString().replace(".", ",")}%`;
}
