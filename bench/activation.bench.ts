/**
 * The extension's start-up cost and footprint:
 * - activation, measured inside the real VS Code by the integration run (`npm run test:vscode` writes
 *   out/activation.json: the activate() body, and a fresh require of dist/extension.js in that extension host);
 * - the shipped bundles and the .vsix, from a fresh `npm run package` (production build + vsce).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from './index';

const ROOT = join(__dirname, '..');
const kb = (file: string) => statSync(join(ROOT, file)).size / 1024;

export async function run(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const measured = join(ROOT, 'out', 'activation.json');
  if (existsSync(measured)) {
    const a = JSON.parse(readFileSync(measured, 'utf8')) as { vscode: string; activateMs: number; requireMs: number };
    figures.push(
      { name: 'activate() in VS Code (code-server)', value: a.activateMs, unit: 'ms', note: `VS Code ${a.vscode}, from npm run test:vscode` },
      { name: 'load dist/extension.js in the extension host', value: a.requireMs, unit: 'ms', note: 'fresh require of the dev build, same run' },
    );
  } else {
    console.log('  (no out/activation.json: run `npm run test:vscode` to measure activation in the real VS Code)');
  }
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'ignore' });
  for (const bundle of ['dist/extension.js', 'dist/webview.js', 'dist/cli.js']) {
    figures.push({ name: `${bundle} (production, minified)`, value: kb(bundle), unit: 'KB' });
  }
  figures.push({ name: 'zenml-scope.vsix', value: kb('zenml-scope.vsix'), unit: 'KB', note: 'npm run package' });
  return figures;
}
