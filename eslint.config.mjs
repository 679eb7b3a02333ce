// office-addin-lint reads this file: the Office add-in rules (load/sync discipline), prettier,
// and TypeScript files (tsx included). TypeScript itself checks undefined names, so no-undef is off.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "node_modules/**", "scratch/**", "artifacts/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser, ecmaVersion: 2022, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: { "no-undef": "off", "no-redeclare": "off" },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
      },
    },
  },
];
