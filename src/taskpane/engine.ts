/** The pane's view of the validation engine (src/validation): one place to adapt to its API. */
import { PROFILES, detectProfiles, validateGrid } from "../validation";
import type { GridInput, ProfileMatch, ValidationResult } from "../validation/types";

export interface ProfileOption {
  id: string;
  name: string;
}

export function profileOptions(): ProfileOption[] {
  return PROFILES.map((p) => ({ id: p.id, name: p.name }));
}

/** The best-matching profile of a grid (its first rows are enough), or null. */
export function detect(input: GridInput): ProfileMatch | null {
  return detectProfiles(input)[0] ?? null;
}

export function validate(input: GridInput, profileId?: string): ValidationResult {
  return validateGrid(input, profileId ? { profileId } : {});
}
