import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { costoCigd } from "./function";

runGolden("CIG.COSTO.CIGD", costoCigd, GOLDEN);

describe("CIG.COSTO.CIGD: messaggi", () => {
  test("qualifica sconosciuta: elenca le qualifiche", () => {
    expect(() => costoCigd("Trento", "dirigente", 10)).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.invalidValue,
        message:
          '«qualifica» deve essere uno tra "apprendista", "operaio", "impiegato", "quadro": ricevuto «dirigente».',
      }),
    );
  });
});
