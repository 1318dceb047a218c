/**
 * The core's promise, enforced in the repo: `src/core` runs in the CLI, the extension host and the
 * webview, so it imports nothing of VS Code, the DOM or Node (those belong to src/host, webview/ and
 * src/cli), nothing outside itself but its npm libraries; the domain's tables build on nothing of the
 * linter or the interview; and the modules form no cycle (not even type-only: a cycle is two modules
 * that cannot be understood apart).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const CORE = resolve(__dirname, '../../../src/core');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Source without comments and string contents, so prose about "the document." is not code. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');
}

/** Every module specifier: static imports and re-exports, dynamic `import()` and `require()`. */
function specifiers(source: string): string[] {
  const statements = source.matchAll(/^\s*(?:(?:import|export)\b[^;'"]*?\bfrom|import)\s*['"]([^'"\n]+)['"]/gm);
  const calls = source.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g);
  return [...statements, ...calls].map((m) => m[1]!);
}

const MODULES = new Map(files(CORE).map((f) => [f, readFileSync(f, 'utf8')]));
const ALLOWED_PACKAGES = ['zod', 'markdown-it', '@dagrejs/dagre', 'compromise'];
const NODE = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function localTarget(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, join(base, 'index.ts')].find((f) => MODULES.has(f)) ?? base;
}

test('src/core imports no vscode, no Node built-in, no DOM library, and nothing outside itself but its libraries', () => {
  const problems: string[] = [];
  for (const [file, source] of MODULES) {
    const name = relative(CORE, file);
    for (const spec of specifiers(source)) {
      if (spec === 'vscode' || spec.startsWith('@vscode/')) problems.push(`${name}: imports ${spec}`);
      else if (NODE.has(spec) || spec.startsWith('node:')) problems.push(`${name}: imports the Node built-in ${spec}`);
      else if (spec.startsWith('.')) {
        const target = relative(CORE, localTarget(file, spec)!);
        if (target.startsWith('..')) problems.push(`${name}: imports ${spec}, outside src/core`);
        // The domain's tables (thresholds included) are what the linter and the interview build on;
        // they may read prose and documents through the layers below them (language, markdown).
        else if (name.startsWith('domain/') && !/^(?:domain|model|zenml|language|markdown)\//.test(target)) problems.push(`${name}: the domain imports ${target}`);
      } else if (!ALLOWED_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`))) problems.push(`${name}: imports ${spec}`);
    }
    if (/\b(?:window|document|navigator|localStorage|sessionStorage|globalThis)\s*\.\s*[A-Za-z]/.test(code(source))) problems.push(`${name}: uses a browser global`);
  }
  assert.deepEqual(problems, []);
});

test('src/core has no import cycle, type-only ones included', () => {
  const edges = new Map([...MODULES].map(([f, s]) => [f, specifiers(s).map((spec) => localTarget(f, spec)).filter((t): t is string => t !== null && MODULES.has(t))]));
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of edges.get(f) ?? []) {
      if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].map((x) => relative(CORE, x)).join(' → '));
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of MODULES.keys()) if (!state.has(f)) visit(f);
  assert.deepEqual(cycles, []);
});

test('the scan sees what it must refuse', () => {
  assert.deepEqual(specifiers("import * as vscode from 'vscode';\nexport { x } from './y';\nconst f = require('node:fs');\nawait import('../host/z');\nexport const s = 'from x';"), ['vscode', './y', 'node:fs', '../host/z']);
  assert.match(code('const n = document.title; // the document.'), /document\.title/);
  assert.doesNotMatch(code('// the document.\nconst s = "window.open";'), /document\.|window\./);
});
