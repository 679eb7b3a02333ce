/**
 * Every CIG.* custom function, one module per function (src/functions/<name>/function.ts).
 * This is the `functions` entry of the add-in; webpack's metadata plugin reads the
 * JSDoc of each module listed in FUNCTION_MODULES (webpack.config.js) and associates
 * the ids. Tests and the formula-engine harness import the adapters from here.
 */
export { massimale } from "./massimale/function";
export { addizionale } from "./addizionale/function";
export { addizionaleAliquota } from "./addizionale-aliquota/function";
export { contributoOrdinario } from "./contributo-ordinario/function";
export { integrazione } from "./integrazione/function";
export { settimane } from "./settimane/function";
export { settimaneResidue } from "./settimane-residue/function";
export { sgravioSolidarieta } from "./sgravio-solidarieta/function";
export { costoCigd } from "./costo-cigd/function";
export { tabellaMassimali } from "./tabella-massimali/function";
export { fonte } from "./fonte/function";
export { cfValido } from "./cf-valido/function";
export { cfNascita } from "./cf-nascita/function";
