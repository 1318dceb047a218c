/** Webview entry: styles, toolkit, then the app (which sends the ready handshake once it listens). */
import '../src/core/jitless';
import { render } from 'preact';
import { DAG_CSS } from '../src/core/dag/style';
import { App } from './App';
import { registerToolkit } from './ui';

// A constructable stylesheet: allowed by the panel's CSP, unlike a <style> element.
const dagSheet = new CSSStyleSheet();
dagSheet.replaceSync(DAG_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, dagSheet];

registerToolkit();
const root = document.getElementById('root');
if (root) {
  render(<App />, root);
} else {
  console.error('[zenml-scope] the panel HTML has no #root element');
}
