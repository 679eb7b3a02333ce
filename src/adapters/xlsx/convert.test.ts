import { convertCellValue, GridBuilder, plainText, serialFromExcelJsDate } from "./convert";
import { cfbEntryNames, sniffKind } from "./sniff";
import { craftCfb, encryptedXlsx, legacyXls } from "../../../test/cli/cfb";

// ExcelJS's own serial → Date conversion, the one its readers use.

const { excelToDate } = require("exceljs/lib/utils/utils") as { excelToDate(v: number, date1904?: boolean): Date };

describe("serialFromExcelJsDate", () => {
  test.each([
    [1, "01/01/1900"],
    [59, "28/02/1900"],
    [60, "the fictitious 29/02/1900"],
    [61, "01/03/1900"],
    [45292, "01/01/2024"],
    [45322.5, "31/01/2024 at noon"],
    [46387, "31/12/2026"],
    [73050, "31/12/2099"],
  ])("undoes ExcelJS's conversion of serial %d (%s)", (serial) => {
    expect(serialFromExcelJsDate(excelToDate(serial))).toBeCloseTo(serial, 8);
  });

  test("a 1904-system workbook's Date maps to the 1900 serial of the same day", () => {
    // 1904 serial 0 is 01/01/1904, which is 1462 in the 1900 system.
    expect(serialFromExcelJsDate(excelToDate(0, true))).toBe(1462);
  });

  test("an invalid Date gives null", () => {
    expect(serialFromExcelJsDate(new Date(NaN))).toBeNull();
  });
});

describe("convertCellValue", () => {
  const v = (raw: unknown) => convertCellValue(raw).value;

  test("scalars pass through", () => {
    expect(v(12.5)).toBe(12.5);
    expect(v("Rossi")).toBe("Rossi");
    expect(v(true)).toBe(true);
    expect(v(null)).toBeNull();
    expect(v(undefined)).toBeNull();
  });

  test("dates become 1900 serials", () => {
    expect(v(new Date(Date.UTC(2024, 0, 31)))).toBe(45322);
  });

  test("rich text becomes plain text", () => {
    expect(v({ richText: [{ text: "Ros", font: { bold: true } }, { text: "si" }] })).toBe("Rossi");
    expect(plainText({ richText: [] })).toBe("");
  });

  test("a hyperlink becomes its text, also when that text is rich", () => {
    expect(v({ text: "Sito INPS", hyperlink: "https://www.inps.it" })).toBe("Sito INPS");
    expect(v({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" })).toBe("ab");
  });

  test("error cells keep their error", () => {
    expect(v({ error: "#N/A" })).toEqual({ error: "#N/A" });
  });

  test("formula cells give their cached result", () => {
    expect(v({ formula: "A1*2", result: 4 })).toBe(4);
    expect(v({ sharedFormula: "B2", result: "x" })).toBe("x");
    expect(v({ formula: "A1", result: { error: "#DIV/0!" } })).toEqual({ error: "#DIV/0!" });
    expect(v({ formula: "DATE(2024,1,31)", result: new Date(Date.UTC(2024, 0, 31)) })).toBe(45322);
    expect(v({ formula: "A1=1", result: false })).toBe(false);
  });

  test("a formula without a cached result is flagged, with no value", () => {
    expect(convertCellValue({ formula: "CIG.MASSIMALE(A1,B1)" })).toEqual({
      value: null,
      formulaWithoutValue: true,
      lossy: false,
    });
    expect(convertCellValue({ sharedFormula: "C2" }).formulaWithoutValue).toBe(true);
  });

  test("a NaN result (the streaming reader's cached error) is flagged as lossy", () => {
    expect(convertCellValue({ formula: "VLOOKUP(A1,B:C,2,0)", result: NaN }).lossy).toBe(true);
    expect(convertCellValue(12).lossy).toBe(false);
  });
});

describe("GridBuilder", () => {
  test("places cells by 1-based row and column, anchored at A1, ragged rows", () => {
    const b = new GridBuilder("Elenco");
    b.add(1, 1, "Cognome");
    b.add(1, 3, "Nome");
    b.add(3, 2, 7);
    b.add(4, 2, { formula: "B3*2" });
    expect(b.build()).toEqual({
      sheet: "Elenco",
      values: [["Cognome", null, "Nome"], [], [null, 7], [null, null]],
      origin: { row: 1, column: 1 },
      formulasWithoutValue: [[3, 1]],
    });
  });

  test("no formulasWithoutValue key when every formula has a value; lossy cells counted", () => {
    const b = new GridBuilder("S");
    b.add(1, 1, { formula: "1+1", result: 2 });
    b.add(2, 1, { formula: "NA()", result: NaN });
    const grid = b.build();
    expect(grid.formulasWithoutValue).toBeUndefined();
    expect(b.lossy).toBe(1);
  });
});

describe("sniffKind", () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  test("zip, encrypted workbook, old .xls, other OLE file, text", () => {
    expect(sniffKind(bytes(0x50, 0x4b, 0x03, 0x04, 0, 0))).toBe("zip");
    expect(sniffKind(bytes(0x50, 0x4b, 0x05, 0x06))).toBe("zip");
    expect(sniffKind(encryptedXlsx())).toBe("encrypted");
    expect(sniffKind(legacyXls())).toBe("xls");
    expect(sniffKind(craftCfb(["WordDocument"]))).toBe("cfb");
    expect(sniffKind(new TextEncoder().encode("Cognome;Nome\nRossi;Mario\n"))).toBe("unknown");
    expect(sniffKind(bytes())).toBe("unknown");
  });

  test("reads the directory entry names of a compound file", () => {
    expect(cfbEntryNames(encryptedXlsx()).sort()).toEqual(["EncryptedPackage", "EncryptionInfo", "Root Entry"]);
    expect(cfbEntryNames(bytes(1, 2, 3))).toEqual([]);
  });
});
