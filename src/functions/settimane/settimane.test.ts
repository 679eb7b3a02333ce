import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { settimane } from "./function";

runGolden("CIG.SETTIMANE", settimane, GOLDEN);

describe("CIG.SETTIMANE: messaggi", () => {
  const col = (...cells: unknown[]) => cells.map((c) => [c]);
  test("inizio dopo la fine: indica il periodo", () => {
    expect(() => settimane(col("01/01/2025", "10/03/2025"), col("05/01/2025", "01/03/2025"), "31/12/2025")).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.invalidValue,
        message: "Periodo n. 2: l'inizio 10/03/2025 è successivo alla fine 01/03/2025.",
      }),
    );
  });
  test("dimensioni diverse: indica le celle", () => {
    expect(() => settimane(col("01/01/2025"), col("05/01/2025", "06/01/2025"), "31/12/2025")).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.invalidValue,
        message: "«inizi» e «fini» devono avere lo stesso numero di celle: 1 e 2.",
      }),
    );
  });
  test("anni non ammessi", () => {
    expect(() => settimane(col("01/01/2025"), col("05/01/2025"), "31/12/2025", 3)).toThrow(
      expect.objectContaining({
        message: "«anni» deve essere 2 (biennio mobile) o 5 (quinquennio mobile): ricevuto 3.",
      }),
    );
  });
});
