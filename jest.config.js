/** Jest: TypeScript through ts-jest; tests beside the code (src/**) and under test/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }],
  },
  // office-addin-mock requires office-addin-manifest only for its OfficeApp enum; the full
  // package pulls ESM-only modules that Jest cannot load on Node 20 (research/office-addin-tooling.md §2).
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  setupFiles: ["<rootDir>/test/setup/custom-functions.ts"],
  testTimeout: 60000,
};
