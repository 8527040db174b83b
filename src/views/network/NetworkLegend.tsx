import { Legend, LegendNote, type LegendItem } from '../../components/Legend';
import { NodeIcon } from './NodeIcon';
import { KIND_STYLE, LINK_STYLE, NODE_KINDS } from './nodeStyle';

const ITEMS: LegendItem[] = [
  ...NODE_KINDS.map((kind) => ({ key: kind, label: KIND_STYLE[kind].label, swatch: <NodeIcon kind={kind} /> })),
  {
    key: 'same-article',
    label: 'Same article',
    swatch: (
      <svg width="22" height="10" aria-hidden="true" focusable="false">
        <line x1="1" y1="5" x2="21" y2="5" stroke={LINK_STYLE['expert-expert'].colour} strokeWidth="2" />
      </svg>
    ),
  },
];

/** The dashed ring of experts from the person's own articles. */
const OWN_ITEM: LegendItem = {
  key: 'own',
  label: 'From your articles',
  swatch: (
    <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <circle r="4" fill={KIND_STYLE.expert.fill} stroke={KIND_STYLE.expert.stroke} strokeWidth="1.2" />
      <circle r="6.5" fill="none" className="network-svg__own" />
    </svg>
  ),
};

/** Shapes and colours of the node kinds, and what the links mean; the "yours" ring when the graph has any. */
export function NetworkLegend({ hasOwn }: { hasOwn: boolean }) {
  return (
    <Legend title="Legend: network" items={hasOwn ? [...ITEMS, OWN_ITEM] : ITEMS} className="network-legend" layout="inline" hideTitle>
      <LegendNote>Size: quotes, mentions by experts, experts from the country</LegendNote>
    </Legend>
  );
}
