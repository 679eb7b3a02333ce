import type { Summary } from "../types";
import type { Rec } from "./common";

/** The checks of one profile for one run (created once per run, not per row). */
export interface ProfileChecks {
  row(rec: Rec): void;
  /** Sheet checks; `summary` totals are in cents here (the engine converts them to euro afterwards). */
  finish(records: readonly Rec[], summary: Summary): void;
}
