import {
  analyzeCodiceFiscalePersona,
  birthDateFromCodiceFiscale,
  checkCharacter,
  isCodiceFiscaleValido,
  isPartitaIvaValida,
} from "./codice-fiscale";
import { isoOf } from "./dates";

// Check characters below were computed with an independent script (not with this module).
describe("analyzeCodiceFiscalePersona", () => {
  test("a valid man's code: birth data decoded", () => {
    const cf = analyzeCodiceFiscalePersona("RSSMRA85T10A562S");
    expect(cf).toEqual({
      normalized: "RSSMRA85T10A562S",
      valid: true,
      omocodia: false,
      lowerCase: false,
      birth: { yearTwoDigits: 85, month: 12, day: 10, sex: "M" },
    });
  });

  test("a woman's code: day + 40", () => {
    const cf = analyzeCodiceFiscalePersona("BNCLRA90A41H501F");
    expect(cf.valid).toBe(true);
    expect(cf.birth).toEqual({ yearTwoDigits: 90, month: 1, day: 1, sex: "F" });
  });

  test("29 February of a leap year, woman", () => {
    const cf = analyzeCodiceFiscalePersona("BNCLRA00B69F205K");
    expect(cf.valid).toBe(true);
    expect(cf.birth).toEqual({ yearTwoDigits: 0, month: 2, day: 29, sex: "F" });
  });

  test.each([
    ["RSSMRA85T10A56NH", "one substitution (2 → N)"],
    ["RSSMRA85T10A5SNT", "two substitutions"],
    ["RSSMRA85T10ARSNO", "three substitutions"],
    ["RSSMRAURT10A562B", "year in letters (85 → UR)"],
    ["RSSMRA85TMLA562G", "day in letters (10 → ML)"],
  ])("omocodia %s (%s) is valid with the same birth data", (code) => {
    const cf = analyzeCodiceFiscalePersona(code);
    expect(cf.valid).toBe(true);
    expect(cf.omocodia).toBe(true);
    expect(cf.birth).toEqual({ yearTwoDigits: 85, month: 12, day: 10, sex: "M" });
  });

  test("lower case and spaces accepted, flagged", () => {
    const cf = analyzeCodiceFiscalePersona(" rssmra85t10a562s ");
    expect(cf.valid).toBe(true);
    expect(cf.lowerCase).toBe(true);
    expect(cf.normalized).toBe("RSSMRA85T10A562S");
  });

  test("wrong check character", () => {
    const cf = analyzeCodiceFiscalePersona("RSSMRA85T10A562T");
    expect(cf.valid).toBe(false);
    expect(cf.reason).toBe("controllo");
  });

  test.each([
    ["RSSMRA85T10A562", "lunghezza"],
    ["RSSMRA85T10A562SS", "lunghezza"],
    ["", "lunghezza"],
    ["RSSMRA85T10A56#S", "caratteri"],
    ["RSSMRA8AT10A562S", "caratteri"], // A is not an omocodia letter
    ["R5SMRA85T10A562S", "caratteri"],
    ["RSSMRA85T10A5620", "caratteri"],
    ["RSSMRA85X10A562D", "data"], // X is not a month letter (check char correct)
    ["RSSMRA85T32A562Y", "data"], // day 32 (check char correct)
    ["DLLNNA24D71H501U", "data"], // 31 April, woman
    ["RSSMRA85T00A562S", "data"],
  ])("%s → %s", (code, reason) => {
    const cf = analyzeCodiceFiscalePersona(code);
    expect(cf.valid).toBe(false);
    expect(cf.reason).toBe(reason);
  });

  test("checkCharacter matches the published example", () => {
    expect(checkCharacter("RSSMRA85T10A562")).toBe("S");
    expect(checkCharacter("VRDGPP80A01L219")).toBe("M");
  });
});

describe("isPartitaIvaValida", () => {
  test.each(["07754580012", "12345678903", "02114500966"])("%s valid", (p) => {
    expect(isPartitaIvaValida(p)).toBe(true);
  });
  test.each(["07754580013", "12345678900", "1234567890", "123456789012", "0775458001A", "00000000000", ""])(
    "%s invalid",
    (p) => {
      expect(isPartitaIvaValida(p)).toBe(false);
    },
  );
});

describe("isCodiceFiscaleValido", () => {
  test("person or company", () => {
    expect(isCodiceFiscaleValido("RSSMRA85T10A562S")).toBe(true);
    expect(isCodiceFiscaleValido("07754580012")).toBe(true);
    expect(isCodiceFiscaleValido("RSSMRA85T10A562X")).toBe(false);
    expect(isCodiceFiscaleValido("07754580019")).toBe(false);
    expect(isCodiceFiscaleValido("ABC")).toBe(false);
  });
});

describe("birthDateFromCodiceFiscale", () => {
  const today = new Date(2026, 2, 1); // 01/03/2026

  test("20th-century birth", () => {
    expect(isoOf(birthDateFromCodiceFiscale("RSSMRA85T10A562S", today)!)).toBe("1985-12-10");
  });
  test("21st-century birth when it is not in the future", () => {
    expect(isoOf(birthDateFromCodiceFiscale("VRDGPP25L01F205R", today)!)).toBe("2025-07-01");
  });
  test("a year that would be in the future goes to the previous century", () => {
    // 26 + July: 01/07/2026 is after today, so 01/07/1926 (99 years old).
    expect(isoOf(birthDateFromCodiceFiscale("VRDGPP26L01F205S", today)!)).toBe("1926-07-01");
  });
  test("omocodia and women decode the same way", () => {
    expect(isoOf(birthDateFromCodiceFiscale("RSSMRA85T10ARSNO", today)!)).toBe("1985-12-10");
    expect(isoOf(birthDateFromCodiceFiscale("BNCLRA00B69F205K", today)!)).toBe("2000-02-29");
  });
  test("invalid code → null", () => {
    expect(birthDateFromCodiceFiscale("RSSMRA85T10A562T", today)).toBeNull();
    expect(birthDateFromCodiceFiscale("07754580012", today)).toBeNull();
  });
});
