/**
 * Registers every CIG.* function in HyperFormula through the SAME adapters Excel
 * calls (src/functions/index.ts). HyperFormula evaluates the arguments; the plugin
 * hands them over the way Excel's runtime does — numbers, text, booleans, null for
 * an omitted argument or an empty cell, 2-D arrays for ranges — and maps the
 * result back: a thrown CustomFunctions.Error becomes a CellError of the same type
 * with the same message; a 2-D array spills.
 *
 * HyperFormula is GPL-3.0 (licenseKey "gpl-v3"); it is a devDependency used only
 * under test/, never bundled into the add-in.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
  type RawCellContent,
} from "hyperformula";
import type { CatalogueFunction } from "./catalogue";

/** Excel error text → HyperFormula error type. */
const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
  "#NULL!": ErrorType.ERROR,
};

/** HyperFormula error type → the Excel error text an adapter would see in a range. */
const EXCEL_CODES: Partial<Record<ErrorType, string>> = {
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.REF]: "#REF!",
};

/** Marks an exception that is not a CustomFunctions.Error: Excel would show a bare #VALUE!; tests must see it. */
export const UNCAUGHT_PREFIX = "ECCEZIONE NON GESTITA: ";

/** Excel-compatible settings: 1900 date system with its fictitious 29/02/1900, big sheets, Italian text dates. */
export const EXCEL_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  maxRows: 1_048_576,
  maxColumns: 16_384,
  dateFormats: ["DD/MM/YYYY", "DD/MM/YY", "YYYY-MM-DD"],
  // Excel's =A1 of an empty cell is 0, and IFERROR etc. behave as in Excel.
  evaluateNullToZero: true,
  // Excel 365 evaluates ranges inside scalar operations as arrays (SUMPRODUCT(--ISNA(G2:G9))).
  useArrayArithmetic: true,
};

type Ast = { type: string; value?: unknown; args?: Ast[]; procedureName?: string; expression?: Ast };

interface CustomFunctionsErrorLike {
  code: string;
  message: string;
}

function isCustomFunctionsError(e: unknown): e is CustomFunctionsErrorLike {
  return e instanceof CustomFunctions.Error;
}

function toExcelValue(value: unknown): unknown {
  if (value === undefined || value === EmptyValue) return null;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toExcelValue));
  if (value instanceof CellError) {
    return new CustomFunctions.Error(
      (EXCEL_CODES[value.type] ?? "#VALUE!") as CustomFunctions.ErrorCode,
      value.message,
    );
  }
  // Dates, percentages and currencies arrive as "rich" numbers: Excel passes the bare number.
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

function fromError(e: unknown): CellError {
  if (isCustomFunctionsError(e)) return new CellError(ERROR_TYPES[e.code] ?? ErrorType.ERROR, e.message);
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new CellError(ErrorType.ERROR, UNCAUGHT_PREFIX + detail);
}

function fromScalar(v: unknown): unknown {
  if (v instanceof CustomFunctions.Error) return fromError(v);
  if (v === null || v === undefined) return EmptyValue;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return new CellError(ErrorType.ERROR, `${UNCAUGHT_PREFIX}valore non rappresentabile in una cella (${typeof v})`);
}

/** The literal value of an argument when it is written in the formula itself; `unknown` otherwise. */
const UNKNOWN = Symbol("unknown");
function literal(ast: Ast | undefined): unknown {
  if (ast === undefined || ast.type === "EMPTY") return null;
  if (ast.type === "NUMBER" || ast.type === "STRING") return ast.value;
  if (ast.type === "PARENTHESES") return literal(ast.expression);
  if (ast.type === "MINUS_UNARY_OP") {
    const inner = literal(ast.value as Ast);
    return typeof inner === "number" ? -inner : UNKNOWN;
  }
  if (ast.type === "FUNCTION_CALL" && (ast.args?.length ?? 0) === 0) {
    if (ast.procedureName === "TRUE") return true;
    if (ast.procedureName === "FALSE") return false;
  }
  return UNKNOWN;
}

/**
 * Size of a spilled result, needed by HyperFormula at parse time (Excel sizes it at
 * run time). Literal arguments are evaluated by the adapter itself; an argument from
 * a cell is taken as omitted, which for the catalogue's tables is the largest call.
 * A smaller actual result is padded with empty cells; a larger one becomes #SPILL!.
 */
function predictSize(fn: CatalogueFunction, args: Ast[]): ArraySize {
  const values = fn.parameters.map((_, i) => literal(args[i]));
  const callArgs = values.map((v) => (v === UNKNOWN ? null : v));
  try {
    const result = fn.impl(...callArgs);
    if (Array.isArray(result) && result.length > 0 && Array.isArray(result[0])) {
      return new ArraySize((result[0] as unknown[]).length, result.length);
    }
  } catch {
    // An error is a single cell.
  }
  return ArraySize.scalar();
}

export interface CigPluginOptions {
  /** Called once per adapter call (for profiling the benchmark). */
  onCall?: (fn: CatalogueFunction) => void;
}

/** A FunctionPlugin class with one HyperFormula function per catalogue entry, and its name translations. */
export function createCigPlugin(catalogue: CatalogueFunction[]): {
  plugin: FunctionPluginDefinition;
  translations: Record<string, Record<string, string>>;
} {
  const implemented: ImplementedFunctions = {};
  const names: Record<string, string> = {};
  const sizeCache = new WeakMap<object, ArraySize>();

  class CigPlugin extends FunctionPlugin {}
  const proto = CigPlugin.prototype as unknown as Record<string, unknown>;

  catalogue.forEach((fn, index) => {
    const method = `cig${index}`;
    const sizeMethod = `cig${index}Size`;
    const sizeOf = (ast: Ast): ArraySize => {
      let size = sizeCache.get(ast);
      if (!size) {
        size = predictSize(fn, ast.args ?? []);
        sizeCache.set(ast, size);
      }
      return size;
    };
    proto[method] = function (this: FunctionPlugin, ast: Ast, state: unknown) {
      return (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction(
        ast.args,
        state,
        this.metadata(fn.fullName),
        (...raw: unknown[]) => {
          const args = fn.parameters.map((_, i) => toExcelValue(raw[i]));
          let result: unknown;
          try {
            result = fn.impl(...args);
          } catch (e) {
            return fromError(e);
          }
          if (Array.isArray(result)) {
            if (!fn.resultMatrix)
              return new CellError(ErrorType.ERROR, `${UNCAUGHT_PREFIX}matrice da una funzione scalare`);
            const rows = result as unknown[][];
            const size = sizeOf(ast);
            const width = rows.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 1), 0);
            if (rows.length > size.height || width > size.width) {
              return new CellError(
                ErrorType.SPILL,
                `Risultato ${rows.length}×${width} più grande dello spazio previsto ${size.height}×${size.width}`,
              );
            }
            if (rows.length === 0 || width === 0) return EmptyValue;
            return SimpleRangeValue.onlyValues(
              rows.map((r) => Array.from({ length: width }, (_, c) => fromScalar((r as unknown[])[c]))) as never,
            );
          }
          return fromScalar(result);
        },
      );
    };
    implemented[fn.fullName] = {
      method,
      parameters: fn.parameters.map((p) => ({
        argumentType: p.matrix ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
        optionalArg: p.optional,
      })),
      // A range given to a scalar parameter reaches the adapter as a 2-D array, as in Excel's runtime.
      vectorizationForbidden: true,
      ...(fn.resultMatrix ? { sizeOfResultArrayMethod: sizeMethod } : {}),
    };
    if (fn.resultMatrix) proto[sizeMethod] = (ast: Ast) => sizeOf(ast);
    names[fn.fullName] = fn.fullName;
  });

  (CigPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;
  return { plugin: CigPlugin as unknown as FunctionPluginDefinition, translations: { enGB: names, enUS: names } };
}

let registered: CatalogueFunction[] | undefined;

/** Registers the catalogue once per process (HyperFormula's registry is global). */
export function registerCatalogue(catalogue: CatalogueFunction[]): void {
  if (registered === catalogue) return;
  for (const fn of registered ?? []) HyperFormula.unregisterFunction(fn.fullName);
  const { plugin, translations } = createCigPlugin(catalogue);
  HyperFormula.registerFunctionPlugin(plugin, translations);
  registered = catalogue;
}

export type Sheets = Record<string, RawCellContent[][]>;

/** An engine over the given sheets, with Excel-compatible settings. */
export function buildEngine(
  catalogue: CatalogueFunction[],
  sheets: Sheets,
  config: Partial<ConfigParams> = {},
): HyperFormula {
  registerCatalogue(catalogue);
  return HyperFormula.buildFromSheets(sheets, { ...EXCEL_CONFIG, ...config });
}
