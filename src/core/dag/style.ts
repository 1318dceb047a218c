/**
 * The DAG's one stylesheet, shared by the exported SVG (inside its `<style>`) and the
 * webview (adopted as a constructable stylesheet, which a strict CSP allows).
 *
 * Colours come only from VS Code's theme variables, so light, dark and high-contrast
 * themes all work; the fallbacks (VS Code's light theme) apply when an exported SVG is
 * opened outside the editor.
 */
export const DAG_CSS = `
.dag { font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif); }
.dag text { fill: var(--vscode-editor-foreground, #1f1f1f); }
.dag-bg { fill: var(--vscode-editor-background, #ffffff); }
.dag-cluster-box { fill: var(--vscode-charts-blue, #1a85ff); fill-opacity: 0.06; stroke: var(--vscode-contrastBorder, var(--vscode-panel-border, #c8c8c8)); stroke-width: 1; }
.dag-cluster.kind-not-a-pipeline .dag-cluster-box { fill: var(--vscode-charts-orange, #d18616); stroke-dasharray: 6 4; }
.dag-cluster.kind-deferred .dag-cluster-box { fill: var(--vscode-descriptionForeground, #717171); stroke-dasharray: 2 4; }
.dag-cluster.mvp .dag-cluster-box { stroke: var(--vscode-charts-green, #388a34); stroke-width: 2.5; fill: var(--vscode-charts-green, #388a34); fill-opacity: 0.08; }
.dag .dag-cluster-label { font-size: 13px; font-weight: 600; }
.dag .dag-cluster-meta { font-size: 12px; fill: var(--vscode-descriptionForeground, #616161); }
.dag-badge rect { fill: none; stroke: var(--vscode-descriptionForeground, #616161); }
.dag .dag-badge text { font-size: 10px; font-weight: 600; fill: var(--vscode-descriptionForeground, #616161); }
.dag-badge.mvp rect { fill: var(--vscode-charts-green, #388a34); stroke: var(--vscode-charts-green, #388a34); }
.dag .dag-badge.mvp text { fill: var(--vscode-editor-background, #ffffff); }
.dag-node rect { fill: var(--vscode-editor-background, #ffffff); stroke: var(--vscode-charts-blue, #1a85ff); stroke-width: 1.25; }
.dag-cluster.deployed .dag-node rect { stroke: var(--vscode-charts-purple, #652d90); }
.dag-node.kind-placeholder rect { stroke: var(--vscode-descriptionForeground, #717171); stroke-dasharray: 3 3; }
.dag-node.kind-not-a-pipeline rect { stroke: var(--vscode-charts-orange, #d18616); stroke-dasharray: 6 3; }
.dag-node.kind-deferred rect { stroke: var(--vscode-descriptionForeground, #717171); stroke-dasharray: 2 3; }
.dag .dag-node-label { font-size: 12px; font-weight: 600; }
.dag .dag-node-detail { font-size: 12px; fill: var(--vscode-descriptionForeground, #616161); }
.dag .kind-placeholder .dag-node-label { font-weight: 400; font-style: italic; fill: var(--vscode-descriptionForeground, #616161); }
.dag-edge path { fill: none; stroke: var(--vscode-descriptionForeground, #717171); stroke-width: 1.25; }
.dag-edge.handoff path { stroke: var(--vscode-charts-purple, #652d90); stroke-width: 2; stroke-dasharray: 7 4; }
.dag-arrow.flow { fill: var(--vscode-descriptionForeground, #717171); }
.dag-arrow.handoff { fill: var(--vscode-charts-purple, #652d90); }
.dag-edge.dataset path { stroke: var(--vscode-charts-blue, #1a85ff); stroke-width: 2; }
.dag-arrow.dataset { fill: var(--vscode-charts-blue, #1a85ff); }
.dag-edge.dataset .dag-edge-label rect { stroke: var(--vscode-charts-blue, #1a85ff); }
.dag-edge-label rect { fill: var(--vscode-editor-background, #ffffff); stroke: var(--vscode-charts-purple, #652d90); }
.dag .dag-edge-label text { font-size: 11px; font-weight: 600; }
`;
