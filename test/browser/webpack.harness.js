/**
 * Builds the browser harness: the real task pane (src/taskpane/components) over the in-memory
 * workbook (src/adapters/memory) instead of Office.js. Production mode, so that the bundle the
 * benchmark measures is the one users would load. Output: .cache/harness (gitignored).
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = path.resolve(__dirname, "../..");

module.exports = (env = {}) => ({
  mode: env.mode || "production",
  context: root,
  devtool: false,
  entry: { harness: "./test/browser/harness/index.tsx" },
  output: {
    path: env.out ? path.resolve(env.out) : path.resolve(root, ".cache/harness"),
    filename: "[name].js",
    chunkFilename: "chunks/[name].[contenthash:8].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            configFile: path.resolve(root, "tsconfig.json"),
            onlyCompileBundledFiles: true,
            transpileOnly: true,
          },
        },
      },
    ],
  },
  plugins: [new HtmlWebpackPlugin({ filename: "harness.html", template: "./test/browser/harness/harness.html" })],
  performance: { hints: false },
  stats: "errors-warnings",
});
