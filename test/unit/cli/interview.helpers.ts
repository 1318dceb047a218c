/** Spawns the real CLI (through tsx) in a scratch directory, feeding stdin: what a user's shell does. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const TSX_LOADER = join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const MAIN = join(ROOT, 'src/cli/main.ts');

export const DESCRIPTIONS = join(ROOT, 'test/fixtures/descriptions');

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'zenml-scope-cli-'));
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], cwd: string): ChildProcess {
  // A language model only where a test asks for one, whatever the developer's shell has set.
  const env = { ...process.env, ZENML_SCOPE_MODEL_URL: '', ZENML_SCOPE_MODEL: '', ZENML_SCOPE_MODEL_KEY: '' };
  return spawn(process.execPath, ['--import', TSX_LOADER, MAIN, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function runCli(args: string[], cwd: string, stdin: string | Buffer = ''): Promise<Run> {
  const child = startCli(args, cwd);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdin!.end(stdin);
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}
