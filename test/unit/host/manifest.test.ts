// The manifest and the host agree: every command id in the one constant map is contributed, and nothing else is;
// the panel's view type and the language model tool are declared where VS Code looks for them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, CONFIG_SECTION, LM_TOOL_NAME, PANEL_VIEW_TYPE } from '../../../src/host/commands';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));

test('contributes.commands equals the COMMANDS map, each in the ZenML category', () => {
  const contributed = pkg.contributes.commands as { command: string; title: string; category: string }[];
  assert.deepEqual(contributed.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
  for (const c of contributed) assert.equal(c.category, 'ZenML', c.command);
  const scope = contributed.find((c) => c.command === COMMANDS.scope);
  assert.equal(scope?.title, 'Scope ZenML Architecture');
});

test('activation is lazy: only the document glob and the panel restore, never "*"', () => {
  assert.deepEqual(pkg.activationEvents, ['workspaceContains:**/pipeline_architecture*.md', `onWebviewPanel:${PANEL_VIEW_TYPE}`]);
});

test('every setting lives under the one configuration section, with the documented defaults', () => {
  const props = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
  for (const key of Object.keys(props)) assert.ok(key.startsWith(`${CONFIG_SECTION}.`), key);
  assert.equal(props[`${CONFIG_SECTION}.documentPath`]?.default, 'pipeline_architecture.md');
  assert.equal(props[`${CONFIG_SECTION}.diagnostics.include`]?.default, '**/pipeline_architecture*.md');
});

test('the language model tool is contributed under the name the host registers', () => {
  assert.deepEqual(pkg.contributes.languageModelTools.map((t: { name: string }) => t.name), [LM_TOOL_NAME]);
});

test('restricted mode is supported in a limited way', () => {
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
});

test('walkthrough pages exist', () => {
  for (const step of pkg.contributes.walkthroughs[0].steps as { media: { markdown: string } }[]) {
    assert.ok(readFileSync(join(__dirname, '..', '..', '..', step.media.markdown), 'utf8').length > 100, step.media.markdown);
  }
});

test('packaging runs on the Node the README and CI use (20), with a licence and no repository prompt', () => {
  const root = join(__dirname, '..', '..', '..');
  const vsce = JSON.parse(readFileSync(join(root, 'node_modules', '@vscode', 'vsce', 'package.json'), 'utf8'));
  const floor = Number(/(\d+)/.exec(vsce.engines.node)?.[1]);
  assert.ok(floor <= 20, `@vscode/vsce ${vsce.version} needs Node ${vsce.engines.node}`);
  assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), new RegExp(`^${pkg.license} License`));
  // There is no public repository yet: a made-up address would be worse than none, so packaging says so.
  assert.ok(pkg.repository || /--allow-missing-repository/.test(pkg.scripts.package), 'no repository field and no --allow-missing-repository');
});
