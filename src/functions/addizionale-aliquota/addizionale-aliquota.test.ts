import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { addizionaleAliquota } from "./function";

runGolden("CIG.ADDIZIONALE.ALIQUOTA", addizionaleAliquota, GOLDEN);
