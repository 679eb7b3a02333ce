import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { settimaneResidue } from "./function";

runGolden("CIG.SETTIMANE.RESIDUE", settimaneResidue, GOLDEN);

describe("CIG.SETTIMANE.RESIDUE: messaggi", () => {
  const col = (...cells: unknown[]) => cells.map((c) => [c]);
  test("FIS senza dipendenti: chiede l'argomento", () => {
    expect(() => settimaneResidue(col(null), col(null), "31/12/2025", "FIS")).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.invalidValue,
        message: "Per il FIS le settimane dipendono dai dipendenti del datore: indicare «dipendenti».",
      }),
    );
  });
  test("FIS 6–15 dipendenti prima del 2022: #N/A con la descrizione della regola", () => {
    expect(() => settimaneResidue(col(null), col(null), "31/12/2021", "FIS", 10)).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.notAvailable,
        message: expect.stringContaining("nessun valore in vigore il 31/12/2021"),
      }),
    );
  });
});
