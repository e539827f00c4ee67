// Gzipped size of the JavaScript the runtime page loads (functions + task pane; Office.js comes
// from Microsoft's CDN and is not ours), against the budget of issue 6. Used three ways:
//   npm run size                 after `npm run build`, prints the table, exits 1 over budget
//   new BundleSizePlugin()       in webpack.config.js plugins: reports (and fails) at build time
//   require(...).bundleSizes()   by the bench, for its Markdown report
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BUNDLES = ['functions.js', 'taskpane.js'];
const BUDGET_BYTES = 150 * 1024;

/** Raw and gzipped (level 9, as a CDN would serve it) bytes per bundle, plus the total. */
function sizesOf(read) {
  const files = BUNDLES.map((file) => {
    const buf = read(file);
    return buf ? { file, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length } : { file, missing: true };
  });
  const present = files.filter((f) => !f.missing);
  const total = { raw: sum(present, 'raw'), gzip: sum(present, 'gzip') };
  return {
    files,
    total,
    budget: BUDGET_BYTES,
    withinBudget: total.gzip <= BUDGET_BYTES && present.length === BUNDLES.length,
  };
}

const sum = (xs, key) => xs.reduce((n, x) => n + x[key], 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function bundleSizes(dist = path.join(__dirname, '..', 'dist')) {
  return sizesOf((file) => {
    const p = path.join(dist, file);
    return fs.existsSync(p) ? fs.readFileSync(p) : null;
  });
}

function markdown(sizes) {
  const rows = sizes.files.map((f) =>
    f.missing ? `| ${f.file} | missing | missing |` : `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} |`,
  );
  const verdict = sizes.withinBudget ? 'within budget' : 'OVER BUDGET or incomplete';
  return [
    '| Bundle | Minified | Gzipped |',
    '|---|---:|---:|',
    ...rows,
    `| **total** (budget ${kb(sizes.budget)} gzipped) | ${kb(sizes.total.raw)} | **${kb(sizes.total.gzip)}** — ${verdict} |`,
  ].join('\n');
}

/** Webpack hook: prints the table after a production build and fails the build over budget. */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BundleSizePlugin', (compilation) => {
      // The report stage comes after minification: these are the bytes that ship.
      const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: 'BundleSizePlugin', stage }, () => {
        if (compiler.options.mode !== 'production') return;
        const sizes = sizesOf((file) => {
          const asset = compilation.getAsset(file);
          return asset ? Buffer.from(asset.source.buffer()) : null;
        });
        console.log(`\n${markdown(sizes)}\n`);
        if (!sizes.withinBudget)
          compilation.errors.push(
            new Error(`Bundle size: ${kb(sizes.total.gzip)} gzipped, budget ${kb(sizes.budget)}.`),
          );
      });
    });
  }
}

module.exports = { bundleSizes, markdown, BundleSizePlugin, BUDGET_BYTES };

if (require.main === module) {
  const sizes = bundleSizes();
  if (sizes.files.every((f) => f.missing)) {
    console.error('No dist/functions.js or dist/taskpane.js: run `npm run build` first.');
    process.exit(2);
  }
  console.log(markdown(sizes));
  process.exit(sizes.withinBudget ? 0 : 1);
}
