/**
 * Errors the engine reports to users. `valore` becomes #VALUE! in a cell (wrong
 * input), `nd` becomes #N/A (no rule in force for that date, not yet published).
 */
import { formatMessage, type MessageId, type Slots } from "./messages";

export type ErrorKind = "valore" | "nd";

export class CigError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly messageId: MessageId,
    readonly slots: Slots = {},
  ) {
    super(formatMessage(messageId, slots));
    this.name = "CigError";
  }
}

export function valueError(id: MessageId, slots: Slots = {}): CigError {
  return new CigError("valore", id, slots);
}

export function notAvailable(id: MessageId, slots: Slots = {}): CigError {
  return new CigError("nd", id, slots);
}
