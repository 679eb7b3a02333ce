import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { sgravioSolidarieta } from "./function";

runGolden("CIG.SGRAVIO.SOLIDARIETA", sgravioSolidarieta, GOLDEN);

describe("CIG.SGRAVIO.SOLIDARIETA: messaggi", () => {
  test("fuori dal 2016–2018: #N/A che nomina lo sgravio e la data", () => {
    expect(() => sgravioSolidarieta(1000, 0.5, "01/01/2019")).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.notAvailable,
        message:
          "Sgravio per i contratti di solidarietà: quota della contribuzione a carico del datore: nessun valore in vigore il 01/01/2019.",
      }),
    );
  });
  test("percentuale oltre 1: messaggio italiano", () => {
    expect(() => sgravioSolidarieta(1000, 30, 2017)).toThrow(
      expect.objectContaining({
        code: CustomFunctions.ErrorCode.invalidValue,
        message: "«riduzione_oraria» deve essere una percentuale tra 0% e 100%: ricevuto «30».",
      }),
    );
  });
});
