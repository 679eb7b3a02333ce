import { dayOf, type Day } from "../dates";
import { limiteRuleId, settimaneResidue } from "./settimane-residue";

const d = (y: number, m: number, g: number) => dayOf(y, m, g) as Day;

describe("settimaneResidue", () => {
  test("limit rule by scheme and size", () => {
    expect(limiteRuleId("CIGO", null, d(2025, 1, 1))).toBe("durata.cigo.settimane-biennio");
    expect(limiteRuleId("FIS", 5, d(2025, 1, 1))).toBe("durata.fis.settimane.fino-5");
    expect(limiteRuleId("FIS", 5.5, d(2025, 1, 1))).toBe("durata.fis.settimane.da-6-a-15");
    expect(limiteRuleId("FIS", 15.5, d(2025, 1, 1))).toBe("durata.fis.settimane.oltre-15");
  });
  test("returns limit, use and residue", () => {
    const r = settimaneResidue([{ inizio: d(2025, 3, 1), fine: d(2025, 3, 28) }], d(2025, 12, 31), "CIGO", null);
    expect(r.limite).toBe(52);
    expect(r.utilizzo.settimane).toBe(4);
    expect(r.residue).toBe(48);
  });
});
