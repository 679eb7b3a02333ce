import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { contributoOrdinario } from "./function";

runGolden("CIG.CONTRIBUTO.ORDINARIO", contributoOrdinario, GOLDEN);

describe("CIG.CONTRIBUTO.ORDINARIO: messaggi", () => {
  test("FIS fino a 5 dipendenti prima del 2022: #N/A che nomina la regola", () => {
    expect(() => contributoOrdinario(10000, "FIS", 5, 2016)).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.notAvailable,
        message: "Contribuzione ordinaria FIS, datori fino a 5 dipendenti: nessun valore in vigore il 01/01/2016.",
      }),
    );
  });
  test("settore con la CIGS: spiega che vale solo per la CIGO", () => {
    expect(() => contributoOrdinario(10000, "CIGS", 100, 2024, "edilizia")).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.invalidValue,
        message: expect.stringContaining("vale solo per la gestione CIGO"),
      }),
    );
  });
  test("gestione sconosciuta: elenca le gestioni ammesse", () => {
    expect(() => contributoOrdinario(10000, "CISOA", 3, 2025)).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.invalidValue,
        message: '«gestione» deve essere uno tra "CIGO", "CIGS", "FIS": ricevuto «CISOA».',
      }),
    );
  });
});
