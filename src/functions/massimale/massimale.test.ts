import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { massimale } from "./function";

runGolden("CIG.MASSIMALE", massimale, GOLDEN);
