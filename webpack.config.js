/* eslint-disable no-undef */
/**
 * One shared-runtime page (taskpane.html) carries the custom functions, the ribbon
 * command and the task pane. The build also emits functions.json (from the JSDoc of
 * every src/functions/<name>/function.ts), the help pages (from the rules table) and
 * the manifest. `--env url=https://host/path/` rewrites the localhost URLs for production.
 */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Every custom-function adapter: one folder per function. */
const FUNCTION_MODULES = fs
  .readdirSync(path.resolve(__dirname, "src/functions"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.resolve(__dirname, "src/functions", d.name, "function.ts")))
  .map((d) => `./src/functions/${d.name}/function.ts`)
  .sort();

/**
 * Emits the help pages (help/*.html) rendered by src/help/site.ts from functions.json,
 * each function's golden table and the rules table. TypeScript is loaded through tsx.
 */
class HelpPagesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "HelpPagesPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const metadataAsset = compilation.getAsset("functions.json");
          if (!metadataAsset) return; // the metadata plugin reported its own error
          const { functions } = JSON.parse(metadataAsset.source.source().toString());
          const unregister = require("tsx/cjs/api").register();
          try {
            const { collectDocs, renderHelpSite } = require("./src/help/site.ts");
            const fromFolder = (page, file) => require(path.resolve(__dirname, "src/functions", page, file));
            const docs = collectDocs(functions, (page) => {
              const adapterModule = fromFolder(page, "function.ts");
              const adapter = Object.values(adapterModule).find((v) => typeof v === "function");
              return { golden: fromFolder(page, "fixtures/golden.ts").GOLDEN, adapter };
            });
            for (const page of renderHelpSite(docs)) {
              compilation.emitAsset(`help/${page.file}`, new compiler.webpack.sources.RawSource(page.html));
            }
          } catch (error) {
            compilation.errors.push(new compiler.webpack.WebpackError(`Help pages: ${error.stack || error}`));
          } finally {
            unregister();
          }
        },
      );
    });
  }
}

/** Rewrites the development URL inside emitted JSON assets (the helpUrl of functions.json). */
class RewriteUrlsPlugin {
  constructor(files, rewrite) {
    this.files = files;
    this.rewrite = rewrite;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteUrlsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          for (const file of this.files) {
            const asset = compilation.getAsset(file);
            if (!asset) continue;
            const text = this.rewrite(asset.source.source());
            compilation.updateAsset(file, new compiler.webpack.sources.RawSource(text));
          }
        },
      );
    });
  }
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const baseUrl = env.url || process.env.CIG_ADDIN_URL || DEV_URL;
  const devOrigin = DEV_URL.replace(/\/$/, "");
  const rewriteUrls = (content) =>
    content.toString().split(DEV_URL).join(baseUrl).split(devOrigin).join(new URL(baseUrl).origin);

  const config = {
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".html"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_MODULES }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: rewriteUrls },
        ],
      }),
      new HelpPagesPlugin(),
      new RewriteUrlsPlugin(["functions.json"], rewriteUrls),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      host: "localhost",
      port: DEV_PORT,
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await devCertificates(),
      },
      client: { overlay: false },
      onListening: env.start ? () => onListening() : undefined,
    },
  };
  return config;
};

/**
 * HTTPS for localhost: the Office developer certificates (office-addin-dev-certs). Where the
 * CA cannot be installed system-wide (Linux without sudo, CI) the generated certificates are
 * still used and the user is told how to trust the CA in the browser.
 */
async function devCertificates() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (f) => fs.readFileSync(path.join(dir, f));
    if (!fs.existsSync(path.join(dir, "localhost.crt"))) throw error;
    console.warn(
      `\nAttenzione: il certificato di sviluppo non è stato installato nel sistema (${error.message.trim()}).\n` +
        `Per aprire https://localhost:${DEV_PORT} senza avvisi, importare ${path.join(dir, "ca.crt")} come autorità ` +
        "attendibile nel browser (Impostazioni › Privacy e sicurezza › Certificati).\n",
    );
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  }
}

/** What `npm start` prints once the add-in is served, and side-loading where Excel desktop exists. */
async function onListening() {
  const url = `https://localhost:${DEV_PORT}`;
  const manifest = path.resolve(__dirname, "manifest.xml");
  console.log(
    [
      "",
      `Add-in servito su ${url} (riquadro: ${url}/taskpane.html, guida: ${url}/help/index.html).`,
      "",
      "Per caricarlo in Excel sul web:",
      "  1. aprire una cartella di lavoro su https://www.office.com (OneDrive o SharePoint);",
      "  2. Home › Componenti aggiuntivi › Altre impostazioni › Carica il mio componente aggiuntivo;",
      `  3. scegliere il file ${manifest};`,
      "  4. usare =CIG.MASSIMALE(2026) in una cella, o il pulsante «Verifica modello» della scheda Home.",
      "Il browser deve fidarsi del certificato di https://localhost (vedi README). Ctrl+C per fermare.",
      "",
    ].join("\n"),
  );
  if (process.platform !== "win32" && process.platform !== "darwin") {
    console.log("Excel desktop non è disponibile su questo sistema: usare Excel sul web come sopra.\n");
    return;
  }
  try {
    const { sideloadAddIn } = require("office-addin-dev-settings");
    await sideloadAddIn(manifest, "excel", true);
    console.log("Excel desktop avviato con l'add-in caricato.\n");
  } catch (error) {
    console.log(`Excel desktop non avviato (${error.message}): caricare il manifest a mano come sopra.\n`);
  }
}
