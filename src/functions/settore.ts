/** The `settore` argument shared by the cap functions. */
import type { Settore } from "../engine/calc/massimale";
import { choice, type Raw } from "./args";

const SETTORI: Record<string, Settore> = {
  generale: "generale",
  edilizia: "edilizia",
  edile: "edilizia",
  lapideo: "lapideo",
  lapidei: "lapideo",
};

export function settore(value: Raw, name = "settore"): Settore {
  return choice(value, name, SETTORI, '"" (generale), "edilizia", "lapideo"', "generale");
}
