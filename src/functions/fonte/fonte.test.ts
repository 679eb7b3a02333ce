import { RULES } from "../../rules/catalogue";
import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { fonte } from "./function";

runGolden("CIG.FONTE", fonte, GOLDEN);

describe("CIG.FONTE: messaggi e copertura", () => {
  test("regola sconosciuta: spiega dove trovare gli identificativi ed elenca i simili", () => {
    let thrown: { code?: string; message?: string } = {};
    try {
      fonte("massimale.unico", 2026);
    } catch (error) {
      thrown = error as typeof thrown;
    }
    expect(thrown.code).toBe(CustomFunctions.ErrorCode.invalidValue);
    expect(thrown.message).toContain(
      "Regola «massimale.unico» non trovata. Gli identificativi delle regole sono elencati nelle pagine di aiuto",
    );
    expect(thrown.message).toContain("simili: massimale.");
  });
  test("non pubblicato: #N/A che dice l'anno", () => {
    expect(() => fonte("massimale.unico.lordo", 2027)).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.notAvailable,
        message: expect.stringContaining("il valore per il 2027 non è ancora pubblicato"),
      }),
    );
  });
  test("every rule of the table has a citable source on the first day of each of its values", () => {
    for (const rule of RULES.values()) {
      for (const entry of rule.entries) {
        const text = fonte(rule.id, entry.from);
        expect(typeof text).toBe("string");
        expect(text.length).toBeGreaterThan(5);
        expect(text).not.toMatch(/undefined| n\. {2}del/);
      }
    }
  });
});
