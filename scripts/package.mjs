#!/usr/bin/env node
// npm run package: the store uploads, from the builds npm run package makes first.
//   dist-zips/sense-check-chrome-<version>.zip   dist/ without dist/lib: Chrome Web Store and
//                                                 Microsoft Edge Add-ons (Edge runs the Chrome build)
//   dist-zips/sense-check-firefox-<version>.zip  dist-firefox/: addons.mozilla.org
// The zips are written here (Node's zlib: deflate and CRC-32) rather than by a zip program, so the
// command works on any machine with Node, and every entry gets the same fixed date so two runs on
// the same build give byte-identical files (a reviewer can check what was uploaded).
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist-zips');

/** 1 January 2026, 00:00, in MS-DOS date and time fields. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

function filesUnder(dir, skip) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (skip(path)) return [];
      return statSync(path).isDirectory() ? filesUnder(path, skip) : [path];
    });
}

/** A zip archive (deflated entries, no directories entries, no extra fields) of the given files. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const checksum = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((size, part) => size + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function packageBuild(label, buildDir, skip = () => false) {
  const manifestPath = join(buildDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`${relative(root, manifestPath)} is missing: run \`npm run build:ext\` and \`npm run build:firefox\` (npm run package does both)`);
  }
  const { version } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const files = filesUnder(buildDir, skip);
  const entries = files.map((path) => ({ name: relative(buildDir, path).split(sep).join('/'), data: readFileSync(path) }));
  const target = join(outDir, `sense-check-${label}-${version}.zip`);
  writeFileSync(target, zip(entries));
  console.log(`package: ${relative(root, target)} (${entries.length} files, ${(statSync(target).size / 1024).toFixed(0)} KB)`);
  return target;
}

function main() {
  mkdirSync(outDir, { recursive: true });
  const dist = join(root, 'dist');
  // dist/lib is the engine library for the command line, not part of the extension.
  packageBuild('chrome', dist, (path) => path === join(dist, 'lib'));
  packageBuild('firefox', join(root, 'dist-firefox'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(`package: ${error.message}`);
    process.exit(2);
  }
}
