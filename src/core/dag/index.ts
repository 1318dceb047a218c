/** Architecture → graph → layout → SVG / Mermaid. Pure: no DOM, no vscode. */
export { buildGraph, isMvp, type Graph, type GraphNode, type GraphEdge, type Cluster } from './graph';
export { layoutGraph, EMPTY_LAYOUT, type Layout, type LaidOutNode, type LaidOutCluster, type LaidOutEdge } from './layout';
export { drawLayout, type SvgElement } from './draw';
export { toSvg, type SvgOptions } from './svg';
export { toMermaid } from './mermaid';
export { DAG_CSS } from './style';
