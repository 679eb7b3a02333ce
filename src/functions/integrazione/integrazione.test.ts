import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { integrazione } from "./function";

runGolden("CIG.INTEGRAZIONE", integrazione, GOLDEN);

describe("CIG.INTEGRAZIONE: messaggi", () => {
  test("senza retribuzione mensile fino al 2021 il messaggio spiega la soglia", () => {
    expect(() => integrazione(15, 40, 2021)).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.invalidValue,
        message: expect.stringContaining("indicare «retribuzione_mensile»"),
      }),
    );
  });
  test("prima del D.Lgs. 148/2015: #N/A con la descrizione della regola", () => {
    expect(() => integrazione(12, 40, "01/03/2015", null, 2500)).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.notAvailable,
        message: expect.stringContaining("nessun valore in vigore il 01/03/2015"),
      }),
    );
  });
  test("ore lavorabili a zero: messaggio italiano", () => {
    expect(() => integrazione(12, 40, 2026, 0)).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.invalidValue,
        message: "«ore_mensili_lavorabili» deve essere maggiore di zero: ricevuto 0.",
      }),
    );
  });
});
