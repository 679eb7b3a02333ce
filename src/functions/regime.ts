/** The `regime` argument of the contributo addizionale functions. */
import type { RegimeAddizionale } from "../engine/calc/addizionale";
import { choice, type Raw } from "./args";

const REGIMI: Record<string, RegimeAddizionale> = {
  standard: "standard",
  ordinario: "standard",
  ridotto: "ridotto",
  fis: "fis",
  cigd: "cigd",
  deroga: "cigd",
  art42: "art42",
  "art. 42": "art42",
  esente: "esente",
  esonero: "esente",
};

export function regime(value: Raw, name = "regime"): RegimeAddizionale {
  return choice(value, name, REGIMI, '"standard", "ridotto", "fis", "cigd", "art42", "esente"', "standard");
}
