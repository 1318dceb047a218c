/** A scratch directory per test and an in-memory CliIO, so the command runs without a shell. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { main } from '../../../src/cli/main';

export const FIXTURES = join(__dirname, '../../fixtures/docs');
export const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

export function scratch(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'zenml-scope-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(cwd: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
