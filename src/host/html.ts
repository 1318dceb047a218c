/**
 * The panel's HTML, exactly the contract in docs/notes/webview.md: a strict CSP where the only script is
 * the bundle carrying a fresh nonce, styles and fonts only from the extension itself, nothing inlined.
 * Pure (no `vscode` import) so the policy is unit-tested as a string.
 */
import { randomBytes } from 'node:crypto';

export interface PageResources {
  /** `webview.cspSource`: the origin the webview serves the extension's own files from. */
  cspSource: string;
  /** `webview.asWebviewUri(...)` of dist/webview.js and media/webview.css. */
  scriptUri: string;
  styleUri: string;
}

/** 32 hex characters from a CSPRNG, new for every page. */
export function makeNonce(): string {
  return randomBytes(16).toString('hex');
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    // The nonce admits only the toolkit's one probe <style> (FAST reads it from the csp-nonce meta).
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function renderPage(res: PageResources, nonce: string = makeNonce()): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(res.cspSource, nonce))}">
  <meta property="csp-nonce" content="${nonce}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${attr(res.styleUri)}">
  <title>Scope ZenML Architecture</title>
</head>
<body>
  <div id="root"></div>
  <script nonce="${nonce}" src="${attr(res.scriptUri)}"></script>
</body>
</html>
`;
}
