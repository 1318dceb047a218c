/** Webview entry: styles, toolkit, the app, then the ready handshake. */
import './jitless';
import { render } from 'preact';
import { DAG_CSS } from '../src/core/dag/style';
import { PROTOCOL_VERSION } from '../src/core/protocol';
import { App } from './App';
import { post } from './host';
import { registerToolkit } from './ui';

// A constructable stylesheet: allowed by the panel's CSP, unlike a <style> element.
const dagSheet = new CSSStyleSheet();
dagSheet.replaceSync(DAG_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, dagSheet];

registerToolkit();
const root = document.getElementById('root');
if (root) {
  render(<App />, root);
  post({ type: 'ready', protocol: PROTOCOL_VERSION });
} else {
  console.error('[zenml-scope] the panel HTML has no #root element');
}
