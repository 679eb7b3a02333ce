/**
 * The validation engine of the Ministry model sheets: pure, read-only, shared by
 * the task pane and the cig-verifica CLI.
 */
export { validateGrid } from "./engine";
export { detectProfiles } from "./detect";
export { PROFILES, type ProfileDefinition, type ColumnDefinition, type ColumnType } from "./profiles";
export type * from "./types";
