/** Pan and zoom arithmetic for the DAG view, kept apart from the component. */
export interface Viewport {
  scale: number;
  x: number;
  y: number;
  /** Fit to the pane on every redraw until the user pans or zooms. */
  auto: boolean;
}

export const MIN_SCALE = 0.2;
export const MAX_SCALE = 3;
const PADDING = 16;

export function isViewport(v: unknown): v is Viewport {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return ['scale', 'x', 'y'].every((k) => typeof o[k] === 'number' && Number.isFinite(o[k])) && typeof o.auto === 'boolean';
}

const clamp = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/**
 * The whole DAG in the pane, never enlarged, centred across. Fit means all of it: a floor (it was
 * 60 %) cut a 12-step pipeline off at the bottom; zooming in is one key away.
 */
export function fit(content: { width: number; height: number }, pane: { width: number; height: number }): Viewport {
  if (content.width === 0 || pane.width === 0) return { scale: 1, x: 0, y: 0, auto: true };
  const scale = clamp(Math.min(1, (pane.width - 2 * PADDING) / content.width, (pane.height - 2 * PADDING) / content.height));
  return { scale, x: Math.max(0, (pane.width - content.width * scale) / 2), y: PADDING, auto: true };
}

/** Zoom by `factor` keeping the point (px, py) of the pane still. */
export function zoomAt(v: Viewport, factor: number, px: number, py: number): Viewport {
  const scale = clamp(v.scale * factor);
  const k = scale / v.scale;
  return { scale, x: px - (px - v.x) * k, y: py - (py - v.y) * k, auto: false };
}

export function pan(v: Viewport, dx: number, dy: number): Viewport {
  return { ...v, x: v.x + dx, y: v.y + dy, auto: false };
}
