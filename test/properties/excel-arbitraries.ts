/**
 * fast-check generators of what Excel can pass to a custom function: numbers of any
 * size and sign, text (Italian numbers, dates, words), booleans, blanks (null),
 * error values and 2-D ranges of mixed cells — plus, for each parameter, values
 * that look like what a consultant would type (chosen from the parameter's name),
 * so that the success paths are exercised as well as the error paths.
 */
import fc from "fast-check";
import type { ParameterInfo } from "../formula-engine/catalogue";

const EXCEL_ERRORS = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!"] as const;

/** Excel serial of a date (1900 system, from 1900-03-01 on). */
export function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    0.005,
    1e-12,
    1.7976931348623157e308,
    -1.7976931348623157e308,
    5e-324,
    60,
    61,
    2958465,
    2958466,
  ),
  fc.integer({ min: 1850, max: 2250 }),
  fc.integer({ min: 1, max: 80_000 }).map((n) => n + 0.75),
);

const italianText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "  ",
    "1.234,56",
    "1234,56",
    "1234.56",
    "€ 1.234",
    "1.234 €",
    "12,5%",
    "20 %",
    "0,2",
    "-3",
    "1,234,5",
    "1e5",
    "NaN",
    "Infinity",
    "-",
    "€",
    "2025",
    " 2024 ",
    "31/12/2024",
    "29/02/2023",
    "2024-02-30",
    "2024-12-31",
    "01.06.2021",
    "1/1/1900",
    "31/12/9999",
    "00/00/0000",
    "VERO",
    "falso",
    "Sì",
    "no",
    "TRUE",
    "x",
    "null",
    "undefined",
    "standard",
    "RIDOTTO",
    "Edilizia",
    "lapidei",
    "CIGO",
    "cigs",
    "FIS",
    "Trento",
    "bolzano",
    "operai",
    "Impiegato",
    "RSSMRA85T10A562S",
    "rssmra85t10a562s",
    "RSSMRA85T10A56LS",
    "00743110157",
    "ABCDEFGHIJKLMNOP",
    "massimale.unico.lordo",
    "addizionale.aliquota.prima",
    "#N/A",
    "=1+1",
    "'2025",
    "\u00a0",
    "àèìòù",
    "🙂",
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => (n / 100).toFixed(2).replace(".", ",")),
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1890, max: 2210 }))
    .map(([d, m, y]) => `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`),
);

/** An Excel error value as the runtime passes it (an object with a code). */
export const excelError: fc.Arbitrary<unknown> = fc
  .constantFrom(...EXCEL_ERRORS)
  .chain((code) =>
    fc.constantFrom<unknown>(new CustomFunctions.Error(code as CustomFunctions.ErrorCode), { error: code }, { code }),
  );

export const anyScalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anyNumber },
  { weight: 4, arbitrary: italianText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: excelError },
);

export const anyMatrix: fc.Arbitrary<unknown[][]> = fc
  .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }))
  .chain(([h, w]) => fc.array(fc.array(anyScalar, { minLength: w, maxLength: w }), { minLength: h, maxLength: h }));

/** Anything at all Excel could hand over. */
export const anyExcelValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: anyScalar },
  { weight: 1, arbitrary: anyMatrix },
);

const amount = fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100);
const year = fc.integer({ min: 2010, max: 2030 });
const dateSerial = fc.integer({ min: serial(2012, 1, 1), max: serial(2028, 12, 31) });
const dateColumn = fc
  .array(fc.tuple(dateSerial, fc.integer({ min: 0, max: 400 })), { minLength: 0, maxLength: 6 })
  .map((pairs) => pairs);

/** Values a consultant would plausibly type for a parameter, from its name. */
function plausible(p: ParameterInfo): fc.Arbitrary<unknown> {
  const n = p.name.toLowerCase();
  if (p.matrix || /^(inizi|fini)$/.test(n)) {
    return dateColumn.map((pairs) => pairs.map(([s, len]) => [n === "fini" ? s + len : s]));
  }
  if (/periodo|data|^dal$|^al$|riferimento|nascita/.test(n))
    return fc.oneof(year, dateSerial, year.map(String), dateSerial.map(String));
  if (/settimane/.test(n))
    return fc.oneof(fc.integer({ min: 0, max: 300 }), fc.double({ min: 0, max: 300, noNaN: true }));
  if (/^ore_mensili/.test(n)) return fc.oneof(fc.integer({ min: 1, max: 250 }), fc.constant(173), fc.constant(null));
  if (/ore|retribuzione|imponibile|contribuzione|importo/.test(n))
    return fc.oneof(
      amount,
      amount.map((a) => a.toFixed(2).replace(".", ",")),
    );
  if (/riduzione|percentuale|aliquota/.test(n))
    return fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("20%", "50%", 0.2, 0.21));
  if (/dipendenti/.test(n)) return fc.integer({ min: 0, max: 1000 });
  if (/anni/.test(n)) return fc.integer({ min: 1, max: 10 });
  if (/netto/.test(n)) return fc.constantFrom(true, false, "VERO", "FALSO", 1, 0, null);
  if (/regime/.test(n)) return fc.constantFrom("standard", "ridotto", "fis", "cigd", "art42", "esente", null, "");
  if (/settore/.test(n)) return fc.constantFrom("", "edilizia", "lapideo", "generale", null);
  if (/gestione/.test(n)) return fc.constantFrom("CIGO", "CIGS", "FIS", "cigo", null);
  if (/provincia/.test(n)) return fc.constantFrom("Trento", "Bolzano", "TRENTO", "bolzano");
  if (/qualifica/.test(n))
    return fc.constantFrom(
      "apprendista",
      "operaio",
      "impiegato",
      "quadro",
      "Operai",
      "IMPIEGATI",
      "quadri",
      "apprendisti",
    );
  if (/codice|cf/.test(n)) {
    return fc.constantFrom(
      "RSSMRA85T10A562S",
      "RSSMRA85T10A56NH",
      "BNCLRA90A41F205X",
      "00743110157",
      "12345678901",
      "MRTMTT25D09F205Z",
      743110157,
    );
  }
  if (/regola/.test(n))
    return fc.constantFrom(
      "massimale.unico.lordo",
      "massimale.soglia",
      "addizionale.aliquota.prima",
      "addizionale.fis",
      "nessuna.regola",
    );
  return anyScalar;
}

/** One argument for a parameter: mostly plausible, often anything at all. */
export function argumentFor(p: ParameterInfo): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: plausible(p) }, { weight: 2, arbitrary: anyExcelValue });
}

/** A whole argument list; optional trailing arguments are sometimes omitted (undefined, as Excel does with null). */
export function argumentsFor(params: ParameterInfo[]): fc.Arbitrary<unknown[]> {
  const starts = params.findIndex((p) => p.name === "inizi");
  const ends = params.findIndex((p) => p.name === "fini");
  return fc
    .tuple(
      fc.tuple(...params.map(argumentFor)),
      fc.integer({ min: 0, max: params.filter((p) => p.optional).length }),
      fc.boolean(),
    )
    .map(([args, drop, pair]) => {
      const out = args.map((a, i) => (i >= args.length - drop ? null : a));
      // Half of the time the ends follow their starts, so that valid periods are common.
      if (pair && starts >= 0 && ends >= 0 && Array.isArray(out[starts])) {
        out[ends] = (out[starts] as unknown[][]).map((row, i) =>
          row.map((c) => (typeof c === "number" ? c + ((i * 37) % 400) : c)),
        );
      }
      return out;
    });
}
