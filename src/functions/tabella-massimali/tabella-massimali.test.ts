import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { tabellaMassimali } from "./function";

runGolden("CIG.TABELLA.MASSIMALI", tabellaMassimali, GOLDEN);

describe("CIG.TABELLA.MASSIMALI: forma", () => {
  test("every row has as many cells as the header, and no cell is undefined or NaN", () => {
    const table = tabellaMassimali(null, null);
    for (const row of table) {
      expect(row).toHaveLength(table[0].length);
      for (const c of row) {
        expect(c).toBeDefined();
        if (typeof c === "number") expect(Number.isFinite(c)).toBe(true);
      }
    }
  });
  test("anni non pubblicati: #N/A con l'intervallo coperto", () => {
    expect(() => tabellaMassimali(2027, 2028)).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.notAvailable,
        message: "Nessun massimale in tabella tra il 2027 e il 2028: la tabella copre dal 2014 al 2026.",
      }),
    );
  });
});
