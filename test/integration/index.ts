/**
 * The integration suite's entry, called by the workbench (code-server's smoke-test driver or
 * @vscode/test-electron) inside the extension host: runs every bundled `*.test.js` next to it with mocha.
 */
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, reporter: 'spec' });
  const grep = process.env.ZENML_SCOPE_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, f));
  return new Promise((ok, fail) => {
    mocha.run((failures) => (failures > 0 ? fail(new Error(`${failures} integration test(s) failed`)) : ok()));
  });
}
