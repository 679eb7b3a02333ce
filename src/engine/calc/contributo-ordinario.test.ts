import { dayOf, type Day } from "../dates";
import { CigError } from "../errors";
import { dec } from "../money";
import { aliquotaRuleId, contributoOrdinario, type ContributoOrdinarioInput } from "./contributo-ordinario";

const day = (y: number, m: number, g: number) => dayOf(y, m, g) as Day;
const input = (over: Partial<ContributoOrdinarioInput>): ContributoOrdinarioInput => ({
  imponibile: dec(1000),
  gestione: "CIGO",
  dipendenti: 10,
  day: day(2024, 6, 1),
  settore: "generale",
  tutelaCigo: false,
  ridotto: false,
  ...over,
});

describe("contributoOrdinario", () => {
  test("picks the rule of the size class", () => {
    expect(aliquotaRuleId(input({ dipendenti: 50 }))).toBe("contribuzione.cigo.fino-50");
    expect(aliquotaRuleId(input({ dipendenti: 51 }))).toBe("contribuzione.cigo.oltre-50");
    expect(aliquotaRuleId(input({ gestione: "FIS", dipendenti: 5 }))).toBe("contribuzione.fis.fino-5");
    expect(aliquotaRuleId(input({ gestione: "FIS", dipendenti: 15 }))).toBe("contribuzione.fis.da-6-a-15");
    expect(aliquotaRuleId(input({ gestione: "FIS", dipendenti: 16 }))).toBe("contribuzione.fis.oltre-15");
  });
  test("the 2022 CIGS reduction depends on size and CIGO coverage", () => {
    const y2022 = day(2022, 5, 1);
    expect(aliquotaRuleId(input({ gestione: "CIGS", dipendenti: 16, day: y2022 }))).toBe(
      "contribuzione.cigs.ridotta-2022",
    );
    expect(aliquotaRuleId(input({ gestione: "CIGS", dipendenti: 16, day: y2022, tutelaCigo: true }))).toBe(
      "contribuzione.cigs",
    );
    expect(aliquotaRuleId(input({ gestione: "CIGS", dipendenti: 16, day: day(2023, 1, 1) }))).toBe(
      "contribuzione.cigs",
    );
  });
  test("returns the rate and the amount to the cent", () => {
    const r = contributoOrdinario(input({ imponibile: dec("1234.56") }));
    expect(r.aliquota.toString()).toBe("0.017");
    expect(r.importo.toFixed(2)).toBe("20.99");
    expect(r.at.rule.id).toBe("contribuzione.cigo.fino-50");
  });
  test("FIS up to 5 employees before 2022 is not in force (#N/A)", () => {
    expect(() => contributoOrdinario(input({ gestione: "FIS", dipendenti: 5, day: day(2021, 1, 1) }))).toThrow(
      CigError,
    );
  });
});
