import { h, type VNode } from 'preact';
import type { SvgElement } from '../../src/core/dag';

/** The core's drawing (plain data) as preact elements: one drawing code for export and view. */
export function toVNode(node: SvgElement | string, key?: number): VNode | string {
  if (typeof node === 'string') return node;
  return h(node.tag, key === undefined ? node.attrs : { ...node.attrs, key }, ...node.children.map((c, i) => toVNode(c, i))) as VNode;
}
