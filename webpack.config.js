// Build of the add-in: one shared runtime page (task pane + custom functions), the localized
// functions metadata generated from the KPI registry, the manifest and the icons.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { require: tsxRequire } = require('tsx/cjs/api');
const { BundleSizePlugin } = require('./scripts/bundleSize');

const DEV_ORIGIN = 'https://localhost:3000/';

/** Emits functions.json and functions-<lang>.json from the registry; a metadata error fails the build. */
class FunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FunctionsMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'FunctionsMetadataPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const { metadataFiles } = tsxRequire('./scripts/metadata.ts', __filename);
          for (const [file, json] of Object.entries(metadataFiles())) {
            compilation.emitAsset(file, new compiler.webpack.sources.RawSource(JSON.stringify(json, null, 2)));
          }
        },
      );
    });
  }
}

async function httpsOptions() {
  try {
    // Trusted localhost certificates, when `npx office-addin-dev-certs install` has been run (needs admin rights).
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch {
    // No trusted certificate (e.g. Linux without sudo): webpack-dev-server makes a self-signed one.
    return { type: 'https' };
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const origin = (process.env.ADDIN_URL || DEV_ORIGIN).replace(/\/?$/, '/');
  return {
    devtool: production ? false : 'source-map',
    entry: {
      functions: './src/functions/main.ts',
      // The task pane reuses the functions bundle's copy of the core instead of shipping its own.
      taskpane: { import: './src/taskpane/main.ts', dependOn: 'functions' },
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
        { test: /\.css$/, type: 'asset/source' },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: the same page hosts the task pane and the custom functions.
        chunks: ['functions', 'taskpane'],
        scriptLoading: 'defer',
        inject: 'body',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_ORIGIN).join(origin),
          },
        ],
      }),
      new FunctionsMetadataPlugin(),
      new BundleSizePlugin(),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // Only when serving: a production build must not create or install certificates.
      server: env.WEBPACK_SERVE ? await httpsOptions() : undefined,
      static: false,
      client: { overlay: false },
    },
  };
};
