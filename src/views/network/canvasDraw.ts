/**
 * Draws a scene on a 2D canvas (large graphs): links batched into one path per kind, nodes into one
 * path per kind, so 20,000 links cost a handful of draw calls. Nodes and links off screen are skipped.
 */
import type { LinkKind, NodeKind } from '../../model/networkGraph';
import { KIND_STYLE, LINK_STYLE, NODE_KINDS, shapePoints } from './nodeStyle';
import { screenRadius, type Scene, type View } from './scene';
import { labelFont, labelLineHeight, type SceneLabel } from './sceneLabels';
import type { RendererFocus } from './NetworkSvg';

const LINK_KINDS: readonly LinkKind[] = ['expert-country', 'expert-theme', 'expert-expert'];

/** Index arrays for a scene, built once per scene rather than once per frame. */
export interface PreparedScene {
  scene: Scene;
  kinds: Uint8Array;
  radii: Float32Array;
  linkSource: Int32Array;
  linkTarget: Int32Array;
  linkKind: Uint8Array;
  /** Screen positions of the current frame. */
  sx: Float32Array;
  sy: Float32Array;
}

export function prepareScene(scene: Scene): PreparedScene {
  const index = new Map(scene.nodes.map((n, i) => [n.id, i]));
  const m = scene.links.length;
  const prepared: PreparedScene = {
    scene,
    kinds: Uint8Array.from(scene.nodes, (n) => NODE_KINDS.indexOf(n.kind)),
    radii: Float32Array.from(scene.nodes, (n) => n.r),
    linkSource: new Int32Array(m),
    linkTarget: new Int32Array(m),
    linkKind: new Uint8Array(m),
    sx: new Float32Array(scene.nodes.length),
    sy: new Float32Array(scene.nodes.length),
  };
  scene.links.forEach((link, i) => {
    prepared.linkSource[i] = index.get(link.source.id) ?? 0;
    prepared.linkTarget[i] = index.get(link.target.id) ?? 0;
    prepared.linkKind[i] = LINK_KINDS.indexOf(link.kind);
  });
  return prepared;
}

function tracePolygon(ctx: CanvasRenderingContext2D, unit: Array<[number, number]>, x: number, y: number, r: number) {
  const first = unit[0];
  if (first === undefined) return;
  ctx.moveTo(x + first[0] * r, y + first[1] * r);
  for (let i = 1; i < unit.length; i += 1) {
    const p = unit[i] as [number, number];
    ctx.lineTo(x + p[0] * r, y + p[1] * r);
  }
  ctx.closePath();
}

function traceNode(ctx: CanvasRenderingContext2D, kind: NodeKind, x: number, y: number, r: number) {
  const unit = UNIT_SHAPES[kind];
  if (unit === null) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
  } else tracePolygon(ctx, unit, x, y, r);
}

const UNIT_SHAPES: Record<NodeKind, Array<[number, number]> | null> = {
  expert: shapePoints(KIND_STYLE.expert.shape, 1),
  theme: shapePoints(KIND_STYLE.theme.shape, 1),
  country: shapePoints(KIND_STYLE.country.shape, 1),
  group: shapePoints(KIND_STYLE.group.shape, 1),
};

export interface DrawOptions {
  width: number;
  height: number;
  pixelRatio: number;
  view: View;
  focus: RendererFocus;
  labels: readonly SceneLabel[];
  /** Text and halo colours from the page's CSS variables. */
  textColour: string;
  haloColour: string;
  ringColour: string;
  /** The ring of experts from the person's own articles. */
  ownColour: string;
}

export function drawScene(ctx: CanvasRenderingContext2D, prepared: PreparedScene, options: DrawOptions): void {
  const { width, height, pixelRatio, view, focus, labels } = options;
  const { scene, sx, sy, kinds, radii, linkSource, linkTarget, linkKind } = prepared;
  const n = scene.nodes.length;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, width, height);

  const margin = 30;
  for (let i = 0; i < n; i += 1) {
    const node = scene.nodes[i];
    if (node === undefined) continue;
    sx[i] = node.x * view.k + view.x;
    sy[i] = node.y * view.k + view.y;
  }
  const offscreen = (i: number) => {
    const x = sx[i] ?? 0;
    const y = sy[i] ?? 0;
    return x < -margin || x > width + margin || y < -margin || y > height + margin;
  };
  const anchor = focus.anchor === undefined ? focus.hovered : focus.anchor;
  const highlighted = focus.highlighted;
  const anchorIndex = anchor === null ? -1 : scene.nodes.findIndex((node) => node.id === anchor);

  // Links: one path per kind; with a hover (or a selected expert), everything dim first, then that node's links.
  const lineWidth = Math.max(0.6, Math.min(2.5, Math.sqrt(view.k)));
  ctx.lineWidth = lineWidth;
  LINK_KINDS.forEach((kind, kindIndex) => {
    ctx.beginPath();
    for (let l = 0; l < linkSource.length; l += 1) {
      if (linkKind[l] !== kindIndex) continue;
      const s = linkSource[l] ?? 0;
      const t = linkTarget[l] ?? 0;
      const x1 = sx[s] ?? 0;
      const y1 = sy[s] ?? 0;
      const x2 = sx[t] ?? 0;
      const y2 = sy[t] ?? 0;
      if ((x1 < 0 && x2 < 0) || (x1 > width && x2 > width) || (y1 < 0 && y2 < 0) || (y1 > height && y2 > height)) continue;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.strokeStyle = LINK_STYLE[kind].colour;
    // The canvas draws thousands of links: each kind at about 60 % of its resting strength in SVG.
    ctx.globalAlpha = highlighted === null ? LINK_STYLE[kind].opacity * 0.62 : 0.05;
    ctx.stroke();
  });
  if (anchorIndex >= 0) {
    ctx.globalAlpha = 0.95;
    ctx.lineWidth = lineWidth * 1.6;
    for (let l = 0; l < linkSource.length; l += 1) {
      const s = linkSource[l] ?? 0;
      const t = linkTarget[l] ?? 0;
      if (s !== anchorIndex && t !== anchorIndex) continue;
      ctx.beginPath();
      ctx.moveTo(sx[s] ?? 0, sy[s] ?? 0);
      ctx.lineTo(sx[t] ?? 0, sy[t] ?? 0);
      ctx.strokeStyle = LINK_STYLE[LINK_KINDS[linkKind[l] ?? 0] ?? 'expert-expert'].colour;
      ctx.stroke();
    }
  }

  // Nodes: one path per kind and pass (dimmed, then lit).
  const passes: Array<{ alpha: number; include: (id: string) => boolean }> =
    highlighted === null
      ? [{ alpha: 1, include: () => true }]
      : [
          { alpha: 0.18, include: (id) => !highlighted.has(id) },
          { alpha: 1, include: (id) => highlighted.has(id) },
        ];
  ctx.lineWidth = 1;
  for (const pass of passes) {
    NODE_KINDS.forEach((kind, kindIndex) => {
      ctx.beginPath();
      let any = false;
      for (let i = 0; i < n; i += 1) {
        if (kinds[i] !== kindIndex || offscreen(i)) continue;
        const node = scene.nodes[i];
        if (node === undefined || !pass.include(node.id)) continue;
        traceNode(ctx, kind, sx[i] ?? 0, sy[i] ?? 0, screenRadius(radii[i] ?? 5, view.k));
        any = true;
      }
      if (!any) return;
      ctx.globalAlpha = pass.alpha;
      ctx.fillStyle = KIND_STYLE[kind].fill;
      ctx.fill();
      if (view.k > 0.25) {
        ctx.strokeStyle = KIND_STYLE[kind].stroke;
        ctx.stroke();
      }
    });
  }

  ctx.globalAlpha = 1;
  ctx.strokeStyle = options.ownColour;
  ctx.lineWidth = 2;
  ctx.setLineDash([3, 2]);
  ctx.beginPath();
  for (let i = 0; i < n; i += 1) {
    const node = scene.nodes[i];
    if (node?.own !== true || offscreen(i)) continue;
    traceNode(ctx, node.kind, sx[i] ?? 0, sy[i] ?? 0, screenRadius(node.r, view.k) + 2.5);
  }
  ctx.stroke();
  ctx.setLineDash([]);

  ctx.strokeStyle = options.ringColour;
  ctx.lineWidth = 3;
  for (const id of focus.selected) {
    const i = scene.nodes.findIndex((node) => node.id === id);
    const node = scene.nodes[i];
    if (node === undefined) continue;
    ctx.beginPath();
    traceNode(ctx, node.kind, sx[i] ?? 0, sy[i] ?? 0, screenRadius(node.r, view.k) + 4);
    ctx.stroke();
  }

  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const label of labels) {
    ctx.font = labelFont(label.fontSize);
    ctx.globalAlpha = highlighted === null || highlighted.has(label.id) ? 1 : 0.3;
    ctx.textAlign = label.anchor === 'start' ? 'left' : label.anchor === 'end' ? 'right' : 'center';
    ctx.lineWidth = 3.5;
    const lineHeight = labelLineHeight(label.fontSize);
    label.lines.forEach((line, i) => {
      const y = label.y + (i - (label.lines.length - 1) / 2) * lineHeight;
      ctx.strokeStyle = options.haloColour;
      ctx.strokeText(line, label.x, y);
      ctx.fillStyle = options.textColour;
      ctx.fillText(line, label.x, y);
    });
  }
  ctx.globalAlpha = 1;
}
