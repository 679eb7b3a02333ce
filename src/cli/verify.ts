/**
 * Reads each file, picks its model sheets and validates them. No output here:
 * the result is data that format.ts prints.
 */
import { readXlsxFile, XlsxReadError } from "../adapters/xlsx";
import { formatMessage } from "../engine/messages";
import type { GridInput, ValidationResult } from "../validation/types";
import type { CliOptions } from "./args";
import type { ValidationEngine } from "./engine";

export interface SheetReport {
  file: string;
  result: ValidationResult;
}

export interface FileReport {
  file: string;
  /** Validated sheets (empty when the file could not be read). */
  sheets: SheetReport[];
  /** Sheets read but not recognised as a model sheet (not validated). */
  skipped: string[];
  /** The Italian reason the file could not be checked. */
  error?: string;
}

function sheetList(names: string[]): string {
  return names.map((n) => `«${n}»`).join(", ");
}

/** The sheets of a workbook to validate, and those left aside. */
function chooseSheets(
  grids: GridInput[],
  options: CliOptions,
  engine: ValidationEngine,
): { chosen: GridInput[]; skipped: string[] } {
  // A sheet named on the command line is validated as asked.
  if (options.sheet !== undefined) return { chosen: grids, skipped: [] };
  const chosen: GridInput[] = [];
  const skipped: string[] = [];
  for (const grid of grids) {
    const matches = engine.detectProfiles(grid);
    const fits = options.profile === undefined ? matches.length > 0 : matches.some((m) => m.id === options.profile);
    if (fits) chosen.push(grid);
    else skipped.push(grid.sheet);
  }
  return { chosen, skipped };
}

export async function verifyFile(file: string, options: CliOptions, engine: ValidationEngine): Promise<FileReport> {
  let grids: GridInput[];
  try {
    grids = (await readXlsxFile(file, { sheet: options.sheet })).sheets;
  } catch (error) {
    if (error instanceof XlsxReadError) return { file, sheets: [], skipped: [], error: error.message };
    throw error;
  }
  const { chosen, skipped } = chooseSheets(grids, options, engine);
  const sheets: SheetReport[] = [];
  for (const grid of chosen) {
    const result = engine.validateGrid(grid, { profileId: options.profile, today: options.today });
    if (result.profile === null) skipped.push(grid.sheet);
    else sheets.push({ file, result });
  }
  if (sheets.length === 0) {
    return {
      file,
      sheets,
      skipped,
      error: formatMessage("cli.nessun.modello", { file, fogli: sheetList(grids.map((g) => g.sheet)) }),
    };
  }
  return { file, sheets, skipped };
}
