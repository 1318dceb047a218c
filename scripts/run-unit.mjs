// Runs every unit test under test/unit with Node's own test runner (TypeScript through tsx).
// Node 20's --test does not expand globs itself, so the files are listed here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}
const only = process.argv.slice(2);
const files = only.length ? only : find('test/unit').sort();
// test/unit/fixedSeed.ts fixes fast-check's seed in every test process (FC_SEED explores).
const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', './test/unit/fixedSeed.ts', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
