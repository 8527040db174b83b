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

/** Shapes and colours of the node kinds, and what the links mean. */
export function NetworkLegend() {
  return (
    <Legend title="Legend: network" items={ITEMS} className="network-legend" layout="inline" hideTitle>
      <LegendNote>Size: quotes, mentions by experts, experts from the country</LegendNote>
    </Legend>
  );
}
