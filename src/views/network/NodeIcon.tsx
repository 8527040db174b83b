import type { NodeKind } from '../../model/networkGraph';
import { KIND_STYLE, shapePath } from './nodeStyle';

/** The node's shape in its colour, for the list and the legend (decorative: the text says the kind). */
export function NodeIcon({ kind, size = 14 }: { kind: NodeKind; size?: number }) {
  const style = KIND_STYLE[kind];
  const r = size / 2 - 1.5;
  return (
    <svg className="network-icon" width={size} height={size} viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true" focusable="false">
      <path d={shapePath(style.shape, style.shape === 'diamond' ? r / 1.2 : style.shape === 'hexagon' ? r / 1.08 : style.shape === 'square' ? r / 0.886 : r)} fill={style.fill} stroke={style.stroke} strokeWidth={1.2} />
    </svg>
  );
}
