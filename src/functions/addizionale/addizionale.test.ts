import { runGolden } from "../golden-runner";
import { GOLDEN } from "./fixtures/golden";
import { addizionale } from "./function";

runGolden("CIG.ADDIZIONALE", addizionale, GOLDEN);
