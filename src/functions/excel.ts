/**
 * The boundary with Excel's custom-functions runtime: engine errors become
 * `CustomFunctions.Error` values (#VALUE! or #N/A with the Italian message), any
 * unexpected failure becomes #VALUE! with a generic message, and a number that is
 * not finite never reaches a cell.
 */
import { CigError } from "../engine/errors";
import { formatMessage } from "../engine/messages";

export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CigError) {
    const code = error.kind === "nd" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    formatMessage("errore.interno", { dettaglio: detail }),
  );
}

function checked<T>(value: T): T {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new Error(`risultato non numerico (${value})`);
  }
  if (value === undefined) throw new Error("risultato mancante");
  return value;
}

/**
 * Runs a function body for Excel: returns its result or throws the matching
 * `CustomFunctions.Error`. Every adapter wraps its body in this.
 */
export function excelCall<T>(body: () => T): T {
  try {
    return checked(body());
  } catch (error) {
    throw toExcelError(error);
  }
}
