#!/usr/bin/env node
'use strict';
// The CLI is TypeScript run as is (no build step after `npm ci`): tsx compiles it on the fly.
require('tsx/cjs/api').register();
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`msp-kpi: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 70;
  },
);
