import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { cfValido } from "./function";

runGolden("CIG.CF.VALIDO", cfValido, GOLDEN);

describe("CIG.CF.VALIDO: messaggi", () => {
  test("cella vuota: #VALUE! in italiano", () => {
    expect(() => cfValido(null)).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.invalidValue,
        message: "Manca l'argomento «codice_fiscale».",
      }),
    );
  });
});
