import { CigError } from "../errors";
import { anniMassimali, tabellaMassimali } from "./tabella-massimali";

describe("tabellaMassimali", () => {
  test("years covered by the rules table", () => {
    expect(anniMassimali()).toEqual({ primo: 2014, ultimo: 2026 });
  });
  test("two-tier and single-cap rows", () => {
    const [r2021, r2022] = tabellaMassimali(2021, 2022);
    expect(r2021.soglia?.toFixed(2)).toBe("2159.48");
    expect(r2021.inferioreLordo?.toFixed(2)).toBe("998.18");
    expect(r2022.soglia).toBeNull();
    expect(r2022.superioreLordo.toFixed(2)).toBe("1222.51");
    expect(r2022.fonte).toBe("Circ. INPS n. 26 del 16/02/2022");
  });
  test("derived values are flagged in the source column", () => {
    expect(tabellaMassimali(2018, 2018)[0].fonte).toContain("valori derivati");
  });
  test("inverted or empty ranges", () => {
    expect(() => tabellaMassimali(2022, 2021)).toThrow(CigError);
    expect(() => tabellaMassimali(2030, 2031)).toThrow(CigError);
  });
});
