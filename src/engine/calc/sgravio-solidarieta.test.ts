import { dayOf, type Day } from "../dates";
import { CigError } from "../errors";
import { dec } from "../money";
import { sgravioSolidarieta } from "./sgravio-solidarieta";

const d = (y: number, m: number, g: number) => dayOf(y, m, g) as Day;

describe("sgravioSolidarieta", () => {
  test("35% above a 20% reduction, nothing at 20%", () => {
    expect(sgravioSolidarieta(dec(1000), dec("0.21"), d(2017, 5, 1)).toFixed(2)).toBe("350.00");
    expect(sgravioSolidarieta(dec(1000), dec("0.2"), d(2017, 5, 1)).toFixed(2)).toBe("0.00");
  });
  test("only 2016–2018", () => {
    expect(() => sgravioSolidarieta(dec(1000), dec("0.5"), d(2019, 1, 1))).toThrow(CigError);
    expect(() => sgravioSolidarieta(dec(1000), dec("0.5"), d(2015, 12, 31))).toThrow(CigError);
  });
});
