#!/usr/bin/env node
// The `sense-check` command. The code lives in dist/lib/cli.js, built by `npm install`
// (the prepare script) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/lib/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('sense-check: the command has not been built yet; run `npm run build` in the sense-check folder.\n');
  process.exit(2);
}
// `sense-check ... | head` closes the pipe before we finish: stop quietly, as other tools do.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') process.stderr.write(`sense-check: cannot write the output: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
});
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
