/**
 * What the CLI needs from the validation engine. `run` receives it as an
 * argument, so the plumbing is testable with a small fake; main.ts passes the
 * real engine (src/validation).
 */
import type { GridInput, ProfileMatch, ValidateOptions, ValidationResult } from "../validation/types";

export interface ProfileInfo {
  id: string;
  name: string;
}

export interface ValidationEngine {
  validateGrid(input: GridInput, options?: ValidateOptions): ValidationResult;
  /** Profiles whose headers the sheet matches, best first (empty: not a model sheet). */
  detectProfiles(input: GridInput): ProfileMatch[];
  profiles: readonly ProfileInfo[];
}
