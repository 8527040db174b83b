import { memo, type RefObject } from 'react';
import { KIND_STYLE, LINK_STYLE, shapePath } from './nodeStyle';
import { screenRadius, toScreen, type Scene, type View } from './scene';
import { labelLineHeight, type SceneLabel } from './sceneLabels';
import type { useNodePointer } from './useNodePointer';

export interface RendererFocus {
  hovered: string | null;
  /** The node whose neighbourhood is lit: the hovered one, else the selected expert. Defaults to `hovered`. */
  anchor?: string | null;
  /** The anchor's neighbourhood; everything else is dimmed. Null when nothing is hovered or selected. */
  highlighted: ReadonlySet<string> | null;
  /** Selected expert and country: drawn with a ring. */
  selected: ReadonlySet<string>;
}

interface NetworkSvgProps {
  svgRef?: RefObject<SVGSVGElement | null>;
  scene: Scene;
  view: View;
  width: number;
  height: number;
  focus: RendererFocus;
  labels: readonly SceneLabel[];
  /** An exported figure's drawing (NetworkFigure): marked for the exporter. */
  figure?: boolean;
  /** Pan, zoom, hover and drag; none for a still figure. */
  pointer?: ReturnType<typeof useNodePointer>;
  description: string;
}

/** Tenths of a pixel: finer is invisible, and shorter numbers keep the DOM and the snapshot readable. */
const px = (n: number) => Math.round(n * 10) / 10;

/** The network as SVG (small graphs): one element per node, with data attributes for tests and tools. */
export const NetworkSvg = memo(function NetworkSvg({ svgRef, scene, view, width, height, focus, labels, pointer, description, figure = false }: NetworkSvgProps) {
  const { highlighted, selected } = focus;
  const shown = (id: string) => highlighted === null || highlighted.has(id);
  const lineScale = Math.min(1, Math.sqrt(view.k));
  const anchor = focus.anchor === undefined ? focus.hovered : focus.anchor;
  return (
    <svg ref={svgRef} className="network-svg" width={width} height={height} role="img" aria-label={description} data-figure-drawing={figure ? '' : undefined} {...(pointer ?? {})}>
      <g className="network-svg__links">
        {scene.links.map((link) => {
          const [x1, y1] = toScreen(view, link.source.x, link.source.y);
          const [x2, y2] = toScreen(view, link.target.x, link.target.y);
          const lit = highlighted !== null && (link.source.id === anchor || link.target.id === anchor);
          const style = LINK_STYLE[link.kind];
          return (
            <line
              key={`${link.source.id}|${link.target.id}`}
              x1={px(x1)}
              y1={px(y1)}
              x2={px(x2)}
              y2={px(y2)}
              stroke={style.colour}
              strokeWidth={px(link.width * lineScale * (lit ? 1.4 : 1))}
              strokeDasharray={style.dash.join(' ') || undefined}
              strokeOpacity={highlighted === null ? style.opacity : lit ? 0.95 : 0.06}
              data-link-kind={link.kind}
            />
          );
        })}
      </g>
      <g className="network-svg__nodes">
        {scene.nodes.map((node) => {
          const [x, y] = toScreen(view, node.x, node.y);
          const r = screenRadius(node.r, view.k);
          const style = KIND_STYLE[node.kind];
          const isSelected = selected.has(node.id);
          return (
            <g
              key={node.id}
              transform={`translate(${px(x)},${px(y)})`}
              data-node-id={node.id}
              data-kind={node.kind}
              data-state={highlighted === null ? 'normal' : highlighted.has(node.id) ? 'highlighted' : 'dimmed'}
              data-selected={isSelected || undefined}
              data-own={node.own}
              opacity={shown(node.id) ? 1 : 0.18}
              className="network-svg__node"
            >
              {isSelected && <path d={shapePath(style.shape, r + 4)} fill="none" className="network-svg__ring" />}
              {node.own && <path d={shapePath(style.shape, r + 2.5)} fill="none" className="network-svg__own" />}
              <path d={shapePath(style.shape, r)} fill={style.fill} stroke={style.stroke} strokeWidth={node.id === focus.hovered ? 2.5 : 1.2} />
            </g>
          );
        })}
      </g>
      <g className="network-svg__labels" aria-hidden="true">
        {labels.map((label) => (
          <text
            key={label.id}
            x={px(label.x)}
            y={px(label.y)}
            textAnchor={label.anchor}
            dominantBaseline="central"
            opacity={shown(label.id) ? 1 : 0.25}
            style={{ fontSize: label.fontSize }}
            data-label-for={label.id}
          >
            {label.lines.length === 1
              ? label.text
              : label.lines.map((line, i) => (
                  <tspan key={i} x={px(label.x)} y={px(label.y + (i - (label.lines.length - 1) / 2) * labelLineHeight(label.fontSize))}>
                    {line}
                  </tspan>
                ))}
          </text>
        ))}
      </g>
    </svg>
  );
});
