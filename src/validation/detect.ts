/**
 * Finding the header row and the profile: the header row is the first row,
 * within the first rows of the sheet, where at least a few cells match a
 * profile's headers (or synonyms). The score says how well the profile fits.
 */
import type { CellValue, GridInput, ProfileMatch } from "./types";
import { normalizeKey } from "./normalize";
import { PROFILES, type ProfileDefinition } from "./profiles";

/** Rows searched for the header (titles and notes may sit above it). */
export const HEADER_SEARCH_ROWS = 15;
/** Matching cells needed for a row to count as a header row. */
export const HEADER_MIN_MATCHES = 3;

/** Normalised header text → profile column index, built once per profile. */
const HEADER_MAPS = new Map<string, ReadonlyMap<string, number>>();

export function headerMap(profile: ProfileDefinition): ReadonlyMap<string, number> {
  let map = HEADER_MAPS.get(profile.id);
  if (map) return map;
  const m = new Map<string, number>();
  profile.columns.forEach((column, i) => {
    for (const text of [column.header, ...column.synonyms]) {
      const key = normalizeKey(text);
      const other = m.get(key);
      if (other !== undefined && other !== i) {
        throw new Error(
          `Profile ${profile.id}: header "${text}" matches both ${profile.columns[other].key} and ${column.key}`,
        );
      }
      m.set(key, i);
    }
  });
  HEADER_MAPS.set(profile.id, m);
  map = m;
  return map;
}

export function headerKey(cell: CellValue | undefined): string {
  if (typeof cell === "string") return normalizeKey(cell);
  if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
  return "";
}

export interface HeaderLayout {
  /** Grid row index of the header row. */
  headerIndex: number;
  /** Profile column index → grid column (−1 when missing). */
  gridColumn: Int32Array;
  /** Grid columns whose header was recognised twice (the later ones). */
  duplicates: { gridCol: number; column: number }[];
  /** Grid columns with a non-empty header that is not part of the profile. */
  unknown: number[];
  score: number;
}

/** The header layout of `profile` in the grid, or null when no row matches enough headers. */
export function findHeader(
  values: readonly (readonly CellValue[] | undefined)[],
  profile: ProfileDefinition,
): HeaderLayout | null {
  const map = headerMap(profile);
  const rows = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    let matches = 0;
    const seen = new Set<number>();
    for (let g = 0; g < row.length; g++) {
      const i = map.get(headerKey(row[g]));
      if (i !== undefined && !seen.has(i)) {
        seen.add(i);
        matches++;
      }
    }
    if (matches >= HEADER_MIN_MATCHES) return layout(row, r, profile, map);
  }
  return null;
}

function layout(
  row: readonly CellValue[],
  headerIndex: number,
  profile: ProfileDefinition,
  map: ReadonlyMap<string, number>,
): HeaderLayout {
  const gridColumn = new Int32Array(profile.columns.length).fill(-1);
  const duplicates: HeaderLayout["duplicates"] = [];
  const unknown: number[] = [];
  let nonEmpty = 0;
  for (let g = 0; g < row.length; g++) {
    const key = headerKey(row[g]);
    if (key === "") continue;
    nonEmpty++;
    const i = map.get(key);
    if (i === undefined) unknown.push(g);
    else if (gridColumn[i] >= 0) duplicates.push({ gridCol: g, column: i });
    else gridColumn[i] = g;
  }
  // Coverage of the profile (required columns weigh double), slightly lowered by unknown headers.
  let have = 0;
  let total = 0;
  profile.columns.forEach((c, i) => {
    const w = c.required ? 2 : 1;
    total += w;
    if (gridColumn[i] >= 0) have += w;
  });
  const coverage = have / total;
  const precision = nonEmpty === 0 ? 0 : (nonEmpty - unknown.length) / nonEmpty;
  const score = Math.round(coverage * (0.8 + 0.2 * precision) * 1000) / 1000;
  return { headerIndex, gridColumn, duplicates, unknown, score };
}

/** Every profile whose header row is found, best score first. */
export function detectProfiles(input: GridInput): ProfileMatch[] {
  const values = Array.isArray(input?.values) ? input.values : [];
  const originRow = input?.origin?.row ?? 1;
  const out: ProfileMatch[] = [];
  for (const profile of PROFILES) {
    const found = findHeader(values, profile);
    if (found)
      out.push({ id: profile.id, name: profile.name, score: found.score, headerRow: originRow + found.headerIndex });
  }
  // Best score first; on a tie, the header found higher up, then the catalogue order.
  return out.sort((a, b) => b.score - a.score || a.headerRow - b.headerRow);
}
