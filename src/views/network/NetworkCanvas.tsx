import { memo, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { drawScene, prepareScene, type PreparedScene } from './canvasDraw';
import type { RendererFocus } from './NetworkSvg';
import type { Scene, View } from './scene';
import type { SceneLabel } from './sceneLabels';
import type { useNodePointer } from './useNodePointer';

interface NetworkCanvasProps {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  scene: Scene;
  view: View;
  /** The view once pan and zoom have paused; labels belong to it. */
  settledView: View;
  width: number;
  height: number;
  focus: RendererFocus;
  labels: readonly SceneLabel[];
  pointer: ReturnType<typeof useNodePointer>;
  description: string;
}

function cssVariable(element: Element, name: string, fallback: string): string {
  const value = getComputedStyle(element).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/** What the canvas last drew in full; pan and zoom move that picture until the next full drawing. */
interface Drawn {
  view: View;
  prepared: PreparedScene;
  focus: RendererFocus;
  width: number;
  height: number;
}

/**
 * The network on a canvas (large graphs): the same scene, focus and labels as the SVG renderer,
 * drawn in a few batched paths. While pan and zoom are under way, the last full drawing is moved
 * and scaled with a CSS transform (the compositor's work, not the page's: no drawing at all), and
 * the graph is redrawn sharp, with labels, as soon as the gesture pauses. A copy into a bitmap and
 * drawImage each frame was tried first: in software rendering the copies cost a quarter of the
 * main thread. Hit testing is done by the parent, against the untransformed stage.
 */
export const NetworkCanvas = memo(function NetworkCanvas({ canvasRef, scene, view, settledView, width, height, focus, labels, pointer, description }: NetworkCanvasProps) {
  const prepared = useMemo(() => prepareScene(scene), [scene]);
  const pixelRatio = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);
  const drawn = useRef<Drawn | null>(null);
  const colours = useRef<{ text: string; halo: string; ring: string; own: string } | null>(null);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d', { alpha: true }) ?? null;
    if (canvas === null || ctx === null) return;
    const moving = view !== settledView;
    const last = drawn.current;
    const scale = last === null ? 1 : view.k / last.view.k;
    // A picture scaled much beyond its resolution turns to mush: then redraw (without labels) and go on from there.
    const closeEnough = scale > 0.6 && scale < 1.7;
    if (moving && closeEnough && last !== null && last.prepared === prepared && last.focus === focus && last.width === width && last.height === height) {
      canvas.style.transform = `translate(${view.x - scale * last.view.x}px, ${view.y - scale * last.view.y}px) scale(${scale})`;
      return;
    }
    canvas.style.transform = '';
    colours.current ??= {
      text: cssVariable(canvas, '--color-text', '#17202e'),
      halo: cssVariable(canvas, '--color-surface', '#ffffff'),
      ring: cssVariable(canvas, '--color-focus', '#c2410c'),
      own: cssVariable(canvas, '--color-own', '#6a3d9a'),
    };
    drawScene(ctx, prepared, {
      width,
      height,
      pixelRatio,
      view,
      focus,
      // Labels are placed for the settled view; mid-gesture they would sit in the wrong place.
      labels: moving ? [] : labels,
      textColour: colours.current.text,
      haloColour: colours.current.halo,
      ringColour: colours.current.ring,
      ownColour: colours.current.own,
    });
    drawn.current = { view, prepared, focus, width, height };
  }, [canvasRef, prepared, width, height, pixelRatio, view, settledView, focus, labels]);

  return (
    <canvas
      ref={canvasRef}
      className="network-canvas"
      width={Math.round(width * pixelRatio)}
      height={Math.round(height * pixelRatio)}
      style={{ width, height }}
      role="img"
      aria-label={description}
      data-node-count={scene.nodes.length}
      data-link-count={scene.links.length}
      {...pointer}
    />
  );
});
