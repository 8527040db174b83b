import { memo, useLayoutEffect, useMemo, type RefObject } from 'react';
import { drawScene, prepareScene } from './canvasDraw';
import type { RendererFocus } from './NetworkSvg';
import type { Scene, View } from './scene';
import type { SceneLabel } from './sceneLabels';
import type { useNodePointer } from './useNodePointer';

interface NetworkCanvasProps {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  scene: Scene;
  view: View;
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

/**
 * The network on a canvas (large graphs): the same scene, focus and labels as the SVG renderer,
 * drawn in a few batched paths. Hit testing is done by the parent with a quadtree.
 */
export const NetworkCanvas = memo(function NetworkCanvas({ canvasRef, scene, view, width, height, focus, labels, pointer, description }: NetworkCanvasProps) {
  const prepared = useMemo(() => prepareScene(scene), [scene]);
  const pixelRatio = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d', { alpha: true }) ?? null;
    if (canvas === null || ctx === null) return;
    drawScene(ctx, prepared, {
      width,
      height,
      pixelRatio,
      view,
      focus,
      labels,
      textColour: cssVariable(canvas, '--color-text', '#17202e'),
      haloColour: cssVariable(canvas, '--color-surface', '#ffffff'),
      ringColour: cssVariable(canvas, '--color-focus', '#c2410c'),
    });
  }, [canvasRef, prepared, width, height, pixelRatio, view, focus, labels]);

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
