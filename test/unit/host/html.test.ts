import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, makeNonce, renderPage } from '../../../src/host/html';

const res = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/webview.css',
};

test('the CSP denies by default and allows scripts only by nonce', () => {
  const csp = contentSecurityPolicy(res.cspSource, 'abc123');
  assert.match(csp, /^default-src 'none';/);
  assert.match(csp, /script-src 'nonce-abc123'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
});

test('the page carries one script, the bundle, with the same nonce as the policy', () => {
  const html = renderPage(res, 'f00dfeed');
  assert.equal(html.match(/<script/g)?.length, 1);
  assert.match(html, /<script nonce="f00dfeed" src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/webview\.js"><\/script>/);
  assert.match(html, /content="default-src 'none';[^"]*script-src 'nonce-f00dfeed'"/);
  assert.doesNotMatch(html, /style=/);
});

test('nonces are fresh 32-character hex strings', () => {
  const a = makeNonce();
  assert.match(a, /^[0-9a-f]{32}$/);
  assert.notEqual(a, makeNonce());
});
