#!/usr/bin/env node
// `npm start`: serves the add-in on https://localhost:3000 and sideloads it where Office can be
// driven from the command line (Windows, macOS desktop Excel); elsewhere it explains how to
// sideload in Excel on the web.
const { spawn } = require('child_process');

const desktop = process.platform === 'win32' || process.platform === 'darwin';
let debuggingAvailable = false;
try {
  require.resolve('office-addin-debugging');
  debuggingAvailable = true;
} catch {
  // optional dependency: its keytar dependency does not build everywhere (see README).
}

if (desktop && debuggingAvailable) {
  const child = spawn('npx', ['office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel'], {
    stdio: 'inherit',
    shell: true,
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      'Serving MSP KPI for Excel on https://localhost:3000 (taskpane.html, functions.js, functions.json, manifest.xml).',
      '',
      'Sideload it in Excel on the web:',
      '  1. Open https://localhost:3000/taskpane.html once in this browser and accept the certificate',
      '     (self-signed unless `npx office-addin-dev-certs install` was run with admin rights).',
      '  2. In Excel on the web: Home > Add-ins > More Settings > Upload My Add-in, and pick manifest.xml',
      '     from this folder.',
      '  3. Type =MSP. in a cell, or click "MSP KPIs" on the Home tab.',
      '',
    ].join('\n'),
  );
  const child = spawn('npx', ['webpack', 'serve', '--mode', 'development'], { stdio: 'inherit', shell: true });
  child.on('exit', (code) => process.exit(code ?? 0));
}
