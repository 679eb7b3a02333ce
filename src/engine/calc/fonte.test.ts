import { dayOf, type Day } from "../dates";
import { CigError } from "../errors";
import { fonteRegola, normalizeRuleId } from "./fonte";

const d = (y: number, m: number, g: number) => dayOf(y, m, g) as Day;

describe("fonteRegola", () => {
  test("cites the source of the value in force", () => {
    expect(fonteRegola("massimale.unico.lordo", d(2026, 3, 1)).testo).toBe("Circ. INPS n. 4 del 28/01/2026");
    expect(fonteRegola("massimale.unico.lordo", d(2026, 3, 1)).at.entry.value).toBe("1423.69");
  });
  test("ids are matched without case or surrounding spaces", () => {
    expect(normalizeRuleId("  Massimale.Unico.Lordo ")).toBe("massimale.unico.lordo");
  });
  test("unknown id is a #VALUE! error, no value in force a #N/A", () => {
    expect(() => fonteRegola("nessuna.regola", d(2026, 1, 1))).toThrow(expect.objectContaining({ kind: "valore" }));
    expect(() => fonteRegola("massimale.unico.lordo", d(2021, 1, 1))).toThrow(CigError);
    expect(() => fonteRegola("massimale.unico.lordo", d(2021, 1, 1))).toThrow(expect.objectContaining({ kind: "nd" }));
  });
});
