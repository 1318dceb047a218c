/**
 * The live pipeline DAG: the core lays it out and draws it, this view shows it with pan
 * (drag, arrow keys) and zoom (wheel, buttons, + - 0), and asks the host to export it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildGraph, drawLayout, isMvp, layoutGraph, type Layout } from '../../src/core/dag';
import type { Architecture } from '../../src/core/model/architecture';
import { Button } from '../ui';
import { usePersistedState } from '../usePersistedState';
import { Legend } from './Legend';
import { toVNode } from './svgVNode';
import { fit, isViewport, pan, zoomAt, type Viewport } from './viewport';

const KEY_PAN = 48;
const ZOOM_STEP = 1.2;

function useLayout(architecture: Architecture | null): Layout | null {
  const previous = useRef<Layout | undefined>(undefined);
  const key = architecture ? JSON.stringify(architecture) : '';
  return useMemo(() => {
    if (!architecture) return null;
    try {
      // The previous layout keeps pipelines where they were as answers come in.
      const layout = layoutGraph(buildGraph(architecture), previous.current);
      previous.current = layout;
      return layout;
    } catch (error) {
      // Never take the interview down with the drawing.
      console.error('[zenml-scope] the DAG could not be laid out:', error);
      return null;
    }
  }, [key]);
}

function usePaneSize(ref: { current: HTMLElement | null }): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

function describe(architecture: Architecture): string {
  const steps = architecture.pipelines.reduce((n, p) => n + p.steps.length, 0);
  const mvp = architecture.pipelines.find(isMvp);
  return `Pipeline DAG: ${architecture.pipelines.length} pipelines, ${steps} steps${mvp ? `, MVP ${mvp.name}` : ''}. Arrow keys pan, plus and minus zoom, 0 fits.`;
}

export interface DagViewProps {
  architecture: Architecture | null;
  onExport: (format: 'svg' | 'mermaid') => void;
  heading: string;
  /** Drawing an answer still being edited: said beside the heading, and exports wait for it to be confirmed. */
  unconfirmed?: boolean;
  /** What an empty DAG says: the interview's invitation, or (a document's DAG) what the document lacks. */
  emptyText?: { title: string; hint: string };
}

const INTERVIEW_EMPTY = {
  title: 'The DAG appears as you describe your workflow.',
  hint: 'Each pipeline becomes a column of steps; the MVP is outlined in green.',
};

export function DagView({ architecture, onExport, heading, unconfirmed = false, emptyText = INTERVIEW_EMPTY }: DagViewProps) {
  const layout = useLayout(architecture);
  const paneRef = useRef<HTMLDivElement>(null);
  const pane = usePaneSize(paneRef);
  const [viewport, setViewport] = usePersistedState<Viewport>('dag.viewport', { scale: 1, x: 0, y: 0, auto: true }, isViewport);
  const drag = useRef<{ x: number; y: number } | null>(null);

  const fitted = layout ? fit(layout, pane) : viewport;
  const shown = viewport.auto ? fitted : viewport;
  const empty = !layout || layout.clusters.length === 0;
  const zoom = (factor: number) => setViewport(zoomAt(shown, factor, pane.width / 2, pane.height / 2));

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [KEY_PAN, 0], ArrowRight: [-KEY_PAN, 0], ArrowUp: [0, KEY_PAN], ArrowDown: [0, -KEY_PAN] };
    const move = moves[e.key];
    if (move) setViewport(pan(shown, move[0], move[1]));
    else if (e.key === '+' || e.key === '=') zoom(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') zoom(1 / ZOOM_STEP);
    else if (e.key === '0') setViewport({ ...fitted, auto: true });
    else return;
    e.preventDefault();
  };

  return (
    <section class="dag-view" aria-label="Pipeline DAG">
      <header class="dag-toolbar">
        <h2 class="dag-heading">
          {heading}
          {unconfirmed && (
            <span class="dag-unconfirmed" data-testid="dag-unconfirmed" title="The DAG shows your changes to this answer; confirm them to keep them.">
              with your unconfirmed changes
            </span>
          )}
        </h2>
        <div class="toolbar-group" role="group" aria-label="Zoom">
          <Button appearance="icon" title="Zoom out (-)" onClick={() => zoom(1 / ZOOM_STEP)} disabled={empty} testId="zoom-out">
            −
          </Button>
          <span class="zoom-level" data-testid="zoom-level">{Math.round(shown.scale * 100)}%</span>
          <Button appearance="icon" title="Zoom in (+)" onClick={() => zoom(ZOOM_STEP)} disabled={empty} testId="zoom-in">
            +
          </Button>
          <Button appearance="secondary" title="Fit to view (0)" onClick={() => setViewport({ ...fitted, auto: true })} disabled={empty} testId="zoom-fit">
            Fit
          </Button>
        </div>
        <div class="toolbar-group" role="group" aria-label="Export">
          <Button appearance="secondary" onClick={() => onExport('svg')} disabled={empty || unconfirmed} testId="export-svg">
            Export SVG
          </Button>
          <Button appearance="secondary" onClick={() => onExport('mermaid')} disabled={empty || unconfirmed} testId="export-mermaid">
            Export Mermaid
          </Button>
        </div>
      </header>
      {layout?.omitted && (
        <p class="dag-omitted" role="status" data-testid="dag-omitted">
          {layout.omitted}
        </p>
      )}
      <div
        ref={paneRef}
        class={`dag-pane${drag.current ? ' dragging' : ''}`}
        tabIndex={0}
        role="img"
        aria-roledescription="pannable diagram"
        aria-label={architecture && !empty ? describe(architecture) : 'Pipeline DAG, empty'}
        data-testid="dag"
        onKeyDown={onKeyDown}
        onWheel={(e) => {
          if (empty) return;
          e.preventDefault();
          const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
          setViewport(zoomAt(shown, e.deltaY < 0 ? 1.1 : 1 / 1.1, e.clientX - box.left, e.clientY - box.top));
        }}
        onPointerDown={(e) => {
          if (empty || e.button !== 0) return;
          drag.current = { x: e.clientX, y: e.clientY };
          (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          if (!drag.current) return;
          setViewport(pan(shown, e.clientX - drag.current.x, e.clientY - drag.current.y));
          drag.current = { x: e.clientX, y: e.clientY };
        }}
        onPointerUp={() => {
          drag.current = null;
        }}
      >
        {empty ? (
          <div class="dag-empty">
            {!layout && architecture && architecture.pipelines.length > 0 ? (
              <p class="dag-empty-title">The DAG could not be drawn for this architecture; the interview goes on.</p>
            ) : (
              <>
                <p class="dag-empty-title">{emptyText.title}</p>
                <p class="muted">{emptyText.hint}</p>
              </>
            )}
          </div>
        ) : (
          <svg class="dag-canvas" width="100%" height="100%" data-width={layout.width} data-height={layout.height}>
            {/* Drawn once the pane is measured: a first frame at 100 % in the corner would jump when fitted. */}
            {pane.width > 0 && (
              <g transform={`translate(${shown.x} ${shown.y}) scale(${shown.scale})`} data-testid="dag-content">
                {toVNode(drawLayout(layout))}
              </g>
            )}
          </svg>
        )}
      </div>
      {!empty && <Legend layout={layout} />}
    </section>
  );
}
