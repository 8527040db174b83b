/**
 * The network as an exported figure draws it: a still, slide-sized SVG with every node named in
 * full (long names over two lines), or, when the filters leave no expert, a figure that says so.
 * It is kept off screen and found by the exporter through the `data-figure-drawing` contract, so
 * the export never depends on how crowded the dashboard's small drawing is.
 */
import { memo, useMemo } from 'react';
import { NetworkSvg, type RendererFocus } from './NetworkSvg';
import { fitView, type Scene } from './scene';
import { labelFont, restingLabelOrder, sceneLabels } from './sceneLabels';
import { createTextMeasure } from '../../components/textMeasure';

/** Slide-sized (16:9 at 1400 px, twice that in the PNG). */
export const FIGURE_SIZE = { width: 1400, height: 788 };
const FIGURE_LABELS = { fontSize: 17, fullNames: true, everyName: true };
/** Room left and right of the outermost nodes for their names, and above and below. */
const NAME_ROOM = { x: 190, y: 48 };
const EVERY_NODE = 100_000;

interface NetworkFigureProps {
  /** Null when no expert matches the filters. */
  scene: Scene | null;
  /** The selection only (no hover): a figure shows the view's state, not where the mouse is. */
  focus: RendererFocus;
  description: string;
  /** What the figure says instead of a network: "No experts match these filters." and why. */
  emptyText: readonly string[];
}

export const NetworkFigure = memo(function NetworkFigure({ scene, focus, description, emptyText }: NetworkFigureProps) {
  const { width, height } = FIGURE_SIZE;
  const drawn = useMemo(() => {
    if (scene === null) return null;
    const inner = fitView(scene.nodes, width - 2 * NAME_ROOM.x, height - 2 * NAME_ROOM.y, 8, 2.5);
    const view = { k: inner.k, x: inner.x + NAME_ROOM.x, y: inner.y + NAME_ROOM.y };
    const labels = sceneLabels(scene, restingLabelOrder(scene), view, FIGURE_SIZE, focus, createTextMeasure(labelFont(FIGURE_LABELS.fontSize), FIGURE_LABELS.fontSize), FIGURE_LABELS, EVERY_NODE);
    return { view, labels };
  }, [scene, focus, width, height]);

  return (
    <div className="network-figure" aria-hidden="true">
      {scene !== null && drawn !== null ? (
        <NetworkSvg scene={scene} view={drawn.view} width={width} height={height} focus={focus} labels={drawn.labels} description={description} figure />
      ) : (
        <svg className="network-svg network-svg--empty" width={width} height={height} data-figure-drawing="" role="img" aria-label={emptyText.join(' ')}>
          {emptyText.map((line, i) => (
            <text key={i} x={width / 2} y={height / 2 + (i - (emptyText.length - 1) / 2) * 44} textAnchor="middle" dominantBaseline="central" className={i === 0 ? 'network-figure__headline' : 'network-figure__detail'}>
              {line}
            </text>
          ))}
        </svg>
      )}
    </div>
  );
});
