import { checkCharacter } from "../../engine/codice-fiscale";
import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { cfNascita } from "./function";

runGolden("CIG.CF.NASCITA", cfNascita, GOLDEN);

describe("CIG.CF.NASCITA: messaggi", () => {
  const fails = (code: unknown, message: string) =>
    expect(() => cfNascita(code)).toThrow(
      expect.objectContaining({ code: CustomFunctions.ErrorCode.invalidValue, message }),
    );

  test("carattere di controllo: dice quale si aspetta", () => {
    fails(
      "RSSMRA85T10A562T",
      "«codice_fiscale»: il carattere di controllo di «RSSMRA85T10A562T» non corrisponde (atteso «S»).",
    );
  });
  test("lunghezza", () => {
    fails(
      "RSSMRA85T10",
      "«codice_fiscale»: il codice fiscale di una persona ha 16 caratteri, quello di una società 11 cifre; ricevuti 11 caratteri.",
    );
  });
  test("data", () => {
    fails("VRDGPP01B29F205C", "«codice_fiscale»: «VRDGPP01B29F205C» non contiene una data di nascita valida.");
  });
  test("caratteri", () => {
    fails(
      "RSSMRA85T10A56AS",
      "«codice_fiscale»: «RSSMRA85T10A56AS» contiene caratteri non ammessi nelle loro posizioni.",
    );
  });
  test("società", () => {
    fails(
      "12345678903",
      "«codice_fiscale»: «12345678903» è il codice di una società (11 cifre) e non contiene una data di nascita.",
    );
  });
  test("the century gives an age between 0 and 100 on today's date", () => {
    // Born on 31 December of the current two-digit year: this century only once that day has come.
    const now = new Date();
    const year = now.getFullYear();
    const yy = String(year % 100).padStart(2, "0");
    const first15 = `RSSMRA${yy}T31A562`;
    const code = first15 + checkCharacter(first15);
    const isLastDay = now.getMonth() === 11 && now.getDate() === 31;
    const expectedYear = isLastDay ? year : year - 100;
    expect(cfNascita(code)).toBe((Date.UTC(expectedYear, 11, 31) - Date.UTC(1899, 11, 30)) / 86_400_000);
  });
});
