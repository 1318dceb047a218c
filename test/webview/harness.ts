/**
 * The browser harness: a tiny localhost server for the panel page, and Debian Chromium
 * driven by playwright-core with a fresh profile.
 *
 * The page is the host's own HTML (`renderPage` from src/host/html.ts, CSP included) with
 * two test-only additions: the theme's CSS variables (VS Code injects those itself) and
 * the fake host script, which must run before the app calls `acquireVsCodeApi`.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { makeNonce, renderPage } from '../../src/host/html';
import { THEMES, themeCss, type ThemeName } from './themes';

const ROOT = resolve(__dirname, '../..');
/** A run's screenshots: git-ignored (copy one to test/screenshots to commit it, deliberately). */
export const SCREENSHOTS = join(ROOT, 'out/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PanelOptions {
  theme?: ThemeName;
  mode?: 'interview' | 'document';
  /** The document drawn in DAG-only mode (fakeHost's DOCUMENTS): fraud, data-training, huge, empty. */
  arch?: string;
  trust?: boolean;
  /** The document path the host says Write will use (the documentPath setting). */
  doc?: string;
  width?: number;
  height?: number;
}

export interface Harness {
  open(options?: PanelOptions): Promise<Panel>;
  close(): Promise<void>;
}

export interface Panel {
  page: Page;
  /** Uncaught errors on the page (there must be none). */
  errors: string[];
  /** Console warnings (the app logs dropped messages there). */
  warnings: string[];
}

async function bundleFakeHost(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'test/webview/fakeHost.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

function serve(fakeHost: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/panel') {
      const theme = (url.searchParams.get('theme') ?? 'light') as ThemeName;
      const nonce = makeNonce();
      const html = renderPage({ cspSource: origin, scriptUri: `${origin}/dist/webview.js`, styleUri: `${origin}/media/webview.css` }, nonce)
        .replace('<link rel="stylesheet"', `<link rel="stylesheet" href="${origin}/theme/${theme}.css">\n  <link rel="stylesheet"`)
        .replace('<body>', `<body class="${THEMES[theme].bodyClass}">`)
        .replace(`<script nonce="${nonce}"`, `<script nonce="${nonce}" src="${origin}/test/fake-host.js"></script>\n  <script nonce="${nonce}"`);
      return send('text/html; charset=utf-8', html);
    }
    const theme = url.pathname.match(/^\/theme\/(light|dark|hc)\.css$/)?.[1] as ThemeName | undefined;
    if (theme) return send('text/css', themeCss(theme));
    if (url.pathname === '/test/fake-host.js') return send('text/javascript', fakeHost);
    const files: Record<string, [string, string]> = {
      '/dist/webview.js': ['dist/webview.js', 'text/javascript'],
      '/media/webview.css': ['media/webview.css', 'text/css'],
    };
    const file = files[url.pathname];
    if (file) return send(file[1], readFileSync(join(ROOT, file[0])));
    res.writeHead(404).end();
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export async function startHarness(): Promise<Harness> {
  const server = await serve(await bundleFakeHost());
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'zenml-scope-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  return {
    async open({ theme = 'light', mode = 'interview', arch = 'fraud', trust = true, doc = 'pipeline_architecture.md', width = 1400, height = 900 } = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      const panel: Panel = { page, errors: [], warnings: [] };
      page.on('pageerror', (e) => panel.errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'warning') panel.warnings.push(m.text());
        if (m.type() === 'error') panel.errors.push(m.text());
      });
      await page.goto(`${origin}/panel?theme=${theme}&mode=${mode}&arch=${arch}&trust=${trust ? 1 : 0}&doc=${encodeURIComponent(doc)}`);
      await page.waitForSelector(mode === 'interview' ? '[data-question]' : arch === 'empty' ? '.dag-empty' : '[data-testid=dag-content]');
      return panel;
    },
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What the fake host recorded, read from the page. */
export function hostRecord(page: Page) {
  return page.evaluate(() => ({
    accepted: window.__host.accepted,
    received: window.__host.received,
    written: window.__host.written,
    exported: window.__host.exported,
    violations: window.__host.violations,
    viewState: window.__host.viewState,
  }));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `webview-${name}.png`), fullPage: false });
}
