#!/usr/bin/env node
// Before the browser tests: make sure a Chromium is there for Playwright to drive. The tests use
// Debian's package at /usr/bin/chromium (Playwright's own browser download is never used). On a
// fresh machine where we are root and apt-get exists, install it; otherwise say how, and fail.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.SENSE_CHECK_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
const apt = existsSync('/usr/bin/apt-get');
if (!root || !apt) {
  process.stderr.write(
    `sense-check tests: no Chromium at ${CHROMIUM}.\n` +
      `Install Debian's package (sudo apt-get update && sudo apt-get install -y chromium), or set\n` +
      `SENSE_CHECK_CHROMIUM to another Chromium or Chrome binary.\n`,
  );
  process.exit(1);
}
process.stdout.write(`sense-check tests: installing Debian's chromium (not found at ${CHROMIUM})…\n`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
if (!existsSync(CHROMIUM)) {
  process.stderr.write(`sense-check tests: chromium installed but not found at ${CHROMIUM}.\n`);
  process.exit(1);
}
