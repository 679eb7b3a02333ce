import { runGolden } from "../golden-runner";
import { checkRulesRead } from "../rules-read-check";
import { GOLDEN } from "./fixtures/golden";
import { costoCigd } from "./function";
import { RULES_READ } from "./meta";

runGolden("CIG.COSTO.CIGD", costoCigd, GOLDEN);
checkRulesRead("CIG.COSTO.CIGD", costoCigd, GOLDEN, RULES_READ);

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
