/**
 * The one catalogue of user-facing messages: ids with `{slot}` placeholders.
 * Each area keeps its messages in its own file; ids are unique across areas.
 */
import { FUNCTION_MESSAGES } from "./functions";
import { CALC_MESSAGES } from "./calcoli";
import { VALIDATION_MESSAGES } from "./validation";
import { TASKPANE_MESSAGES } from "./taskpane";
import { CLI_MESSAGES } from "./cli";

export const MESSAGES = {
  ...FUNCTION_MESSAGES,
  ...CALC_MESSAGES,
  ...VALIDATION_MESSAGES,
  ...TASKPANE_MESSAGES,
  ...CLI_MESSAGES,
} as const;

export type MessageId = keyof typeof MESSAGES;
export type Slots = Record<string, string | number>;

export function formatMessage(id: MessageId, slots: Slots = {}): string {
  return MESSAGES[id].replace(/\{(\w+)\}/g, (whole, name: string) => (name in slots ? String(slots[name]) : whole));
}
