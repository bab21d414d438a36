/**
 * Builds the Excel add-in into dist/, offline (no network during the build):
 *
 *   functions.js    BANEN.* custom functions (every src/functions/*.ts with @customfunction)
 *   functions.json  their metadata, generated from the JSDoc (custom-functions-metadata-plugin),
 *                   plus allowErrorForDataTypeAny (scripts/functies-metadata.js)
 *   taskpane.html   the task pane page; with the shared runtime it is also the page that runs
 *                   functions.js and commands.js, so it loads all three scripts
 *   taskpane.js     the task pane (src/taskpane/taskpane.ts, owned by the task pane engineer)
 *   commands.html   the ribbon commands page (+ commands.js)
 *   assets/         the icons the manifest names
 *
 * office.js: every page gets one <script> for it. Default: the Microsoft CDN (the one external
 * URL of the add-in). `npm run build:offline` (env `offline`, or BANEN_OFFICE_JS=lokaal) copies
 * office.js from the installed @microsoft/office-js package into dist/office-js/ and points the
 * pages there, for closed networks. A page template may contain the CDN <script> itself (it is
 * rewritten in the offline build) or none (the build inserts it before the page's first <script>).
 *
 *   webpack --mode production            npm run build
 *   webpack --mode development           npm run build:dev
 *   webpack --mode production --env offline   npm run build:offline
 *   webpack serve --mode development     npm run dev-server (https://localhost:3000, office-addin-dev-certs)
 */
/* global require, module, process, __dirname */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { functieBestanden } = require("./scripts/functiebestanden");
const { FunctiesMetadataStap } = require("./scripts/functies-metadata");

/** The hosted office.js that Microsoft documents for add-ins (version 1 of the API). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Any hosted office.js URL a template may name (release or debug build, any API channel). */
const OFFICE_JS_CDN_ELK = /https:\/\/appsforoffice\.microsoft\.com\/lib\/[\w./-]*?office(?:\.debug)?\.js/g;
/** Where the offline build puts the package's office.js (relative to the pages). */
const OFFICE_JS_LOKAAL = "office-js/office.js";
/** The office.js files to bundle: the npm package, or a folder copied from the CDN (BANEN_OFFICE_JS_MAP, docs/excel-addin.md). */
const OFFICE_JS_PAKKET = process.env.BANEN_OFFICE_JS_MAP || path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
/** Dev server port; manifest.xml uses https://localhost:3000. */
const DEV_POORT = 3000;

/** Files of @microsoft/office-js we leave out of the offline copy: debug builds, editor hints, other hosts. */
const OFFICE_JS_NIET_NODIG =
  /\.debug\.js$|-vsdoc\.js$|\.d\.ts$|^(access|onenote|outlook|outlookwebapp|powerpoint|powerpointios|project|word|wordios)-[^/]*\.js$/;

module.exports = async (env = {}, argv = {}) => {
  const ontwikkeling = argv.mode === "development";
  const offline = Boolean(env.offline) || process.env.BANEN_OFFICE_JS === "lokaal";
  const officeJs = offline ? OFFICE_JS_LOKAAL : OFFICE_JS_CDN;
  const functies = functieBestanden(__dirname);

  return {
    mode: ontwikkeling ? "development" : "production",
    devtool: ontwikkeling ? "source-map" : false,
    context: __dirname,
    entry: {
      functions: functies,
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`'s job; the build only strips types (fast on 2 cores).
            options: {
              transpileOnly: true,
              configFile: path.join(__dirname, "tsconfig.json"),
              compilerOptions: { sourceMap: ontwikkeling },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: functies, output: "functions.json" }),
      // allowErrorForDataTypeAny, which the generator cannot emit (scripts/functies-metadata.js).
      new FunctiesMetadataStap("functions.json"),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: this page registers the functions and the ribbon commands too.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        officeJs,
      }),
      new OfficeJsScript(officeJs),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          // The task pane's own stylesheets, linked from its HTML (there is no CSS loader).
          { from: "src/taskpane/*.css", to: "[name][ext]", noErrorOnMissing: true },
          // The pane's short manual (linked from "Zo werkt het") and the SYNTHETIC sample data it can add as new sheets.
          { from: "src/taskpane/handleiding.html", to: "handleiding.html" },
          { from: "seeds/voorbeeld/personen-2023Q2.csv", to: "voorbeeld/[name][ext]" },
          { from: "seeds/voorbeeld/fte-2023Q1.csv", to: "voorbeeld/[name][ext]" },
          // The Rijk's series from the sources and the published Tabel 1 per quarter (its ministries), for the Reeks view.
          { from: "seeds/reeks-rijk.json", to: "seeds/[name][ext]" },
          { from: "seeds/tabel1-*.json", to: "seeds/[name][ext]" },
          // Already minified by Microsoft: `minimized` keeps Terser from re-minifying 16 MB.
          ...(offline
            ? [
                {
                  from: OFFICE_JS_PAKKET,
                  to: "office-js",
                  filter: (bestand) => !OFFICE_JS_NIET_NODIG.test(path.basename(bestand)),
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port: DEV_POORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOpties() : {} },
      client: { overlay: false },
    },
  };
};

/** The localhost certificate trusted by Office (office-addin-dev-certs installs it on first use). */
async function httpsOpties() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/**
 * Gives every page exactly one office.js <script>: rewrites the CDN URL to the
 * chosen one, or inserts the tag before the first <script> (or </head>) when the template has none.
 */
class OfficeJsScript {
  constructor(src) {
    this.src = src;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeJsScript", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("OfficeJsScript", (data) => {
        const tag = `<script src="${this.src}"></script>`;
        let html = data.html.replace(OFFICE_JS_CDN_ELK, this.src);
        // A bundled office.js comes from 'self': the CDN leaves the Content-Security-Policy too.
        if (!/^https?:/.test(this.src)) html = html.replace(/\s+https:\/\/appsforoffice\.microsoft\.com(?=[\s;"'])/g, "");
        // Before the page's own scripts (they use Office), or else at the end of <head>.
        if (!/<script[^>]+office\.js/.test(html)) html = html.replace(/(<script|<\/head>)/i, (voor) => `${tag}\n    ${voor}`);
        return { ...data, html };
      });
    });
  }
}
