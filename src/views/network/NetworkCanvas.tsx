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

/** The last full drawing, kept as a bitmap so that pan and zoom only move a picture. */
interface Snapshot {
  bitmap: HTMLCanvasElement;
  view: View;
  prepared: PreparedScene;
  focus: RendererFocus;
  width: number;
  height: number;
}

/**
 * The network on a canvas (large graphs): the same scene, focus and labels as the SVG renderer,
 * drawn in a few batched paths. While pan and zoom are under way, the last full drawing is moved
 * and scaled as a bitmap (one drawImage a frame, whatever the graph's size), and the graph is
 * redrawn sharp, with labels, as soon as the gesture pauses. Hit testing is done by the parent.
 */
export const NetworkCanvas = memo(function NetworkCanvas({ canvasRef, scene, view, settledView, width, height, focus, labels, pointer, description }: NetworkCanvasProps) {
  const prepared = useMemo(() => prepareScene(scene), [scene]);
  const pixelRatio = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);
  const snapshot = useRef<Snapshot | null>(null);
  const colours = useRef<{ text: string; halo: string; ring: string } | null>(null);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d', { alpha: true }) ?? null;
    if (canvas === null || ctx === null) return;
    const moving = view !== settledView;
    const last = snapshot.current;
    const scale = last === null ? 1 : view.k / last.view.k;
    // A bitmap scaled much beyond its resolution turns to mush: then redraw (without labels) and go on from there.
    const closeEnough = scale > 0.6 && scale < 1.7;
    if (moving && closeEnough && last !== null && last.prepared === prepared && last.focus === focus && last.width === width && last.height === height) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(scale, 0, 0, scale, (view.x - scale * last.view.x) * pixelRatio, (view.y - scale * last.view.y) * pixelRatio);
      ctx.drawImage(last.bitmap, 0, 0);
      return;
    }
    colours.current ??= {
      text: cssVariable(canvas, '--color-text', '#17202e'),
      halo: cssVariable(canvas, '--color-surface', '#ffffff'),
      ring: cssVariable(canvas, '--color-focus', '#c2410c'),
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
    });
    const bitmap = last?.bitmap ?? document.createElement('canvas');
    bitmap.width = canvas.width;
    bitmap.height = canvas.height;
    bitmap.getContext('2d')?.drawImage(canvas, 0, 0);
    snapshot.current = { bitmap, view, prepared, focus, width, height };
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
