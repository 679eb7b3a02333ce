/** The `anni` argument of the rolling-window functions: 2 (biennio mobile) or 5 (quinquennio mobile). */
import { valueError } from "../engine/errors";
import { BIENNIO, QUINQUENNIO, type AnniFinestra } from "../engine/calc/settimane";
import { optionalNumber, type Raw } from "./args";

export function anniFinestra(value: Raw, name = "anni"): AnniFinestra {
  const n = optionalNumber(value, name, BIENNIO);
  if (n === BIENNIO || n === QUINQUENNIO) return n;
  throw valueError("settimane.anni", { nome: name, valore: n });
}
