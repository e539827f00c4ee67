#!/usr/bin/env node
'use strict';
// The CLI runs as compiled JavaScript: `npm ci` (its prepare script) compiles src/ into build/ with
// `tsc -p tsconfig.cli.json`, so nothing is compiled when a user runs the command.
const path = require('path');

const ENTRY = path.join(__dirname, '..', 'build', 'cli', 'main.js');
let main;
try {
  ({ main } = require(ENTRY));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(ENTRY)) {
    process.stderr.write(
      `msp-kpi: the compiled command line (${ENTRY}) is missing; run "npm run build:cli" in ${path.dirname(__dirname)}.\n`,
    );
    process.exit(70);
  }
  throw error;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`msp-kpi: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 70;
  },
);
