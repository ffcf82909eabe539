// Runs Microsoft Recognizers-Text's currency recognizer (English) over a text file, one line at a
// time, and prints JSON: bytes read, wall and CPU seconds spent recognizing (module loading
// excluded), and every
// money figure found with its line, its UTF-8 byte offsets in that line, text, value and unit.
//   node recognizers.js FILE [MODULE_DIR]
'use strict';
const fs = require('fs');
const path = require('path');

const file = process.argv[2];
const modules = process.argv[3] || path.join(__dirname, 'node_modules');
const R = require(require.resolve('@microsoft/recognizers-text-suite', { paths: [modules] }));

const text = fs.readFileSync(file, 'utf8');
const lines = text.split('\n');
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
const found = [];
for (let i = 0; i < lines.length; ++i) {
  if (lines[i].length === 0) continue;
  for (const r of R.recognizeCurrency(lines[i], R.Culture.English)) {
    found.push({ line: i + 1, start: r.start, end: r.end, text: r.text, resolution: r.resolution });
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// Recognizers-Text counts UTF-16 code units; give UTF-8 byte offsets like figura's.
for (const f of found) {
  const line = lines[f.line - 1];
  f.begin = Buffer.byteLength(line.slice(0, f.start), 'utf8');
  f.end = Buffer.byteLength(line.slice(0, f.end + 1), 'utf8');
  delete f.start;
}
process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text, 'utf8'), seconds, cpuSeconds, figures: found }) + '\n');
