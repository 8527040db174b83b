import { Legend, LegendNote, type LegendItem } from '../../components/Legend';
import { NodeIcon } from './NodeIcon';
import { KIND_STYLE, LINK_STYLE, NODE_KINDS } from './nodeStyle';

const kindItem = (kind: (typeof NODE_KINDS)[number]): LegendItem => ({ key: kind, label: KIND_STYLE[kind].label, swatch: <NodeIcon kind={kind} /> });

const SAME_ARTICLE: LegendItem = {
  key: 'same-article',
  label: 'Same article',
  swatch: (
    <svg width="22" height="10" aria-hidden="true" focusable="false">
      <line x1="1" y1="5" x2="21" y2="5" stroke={LINK_STYLE['expert-expert'].colour} strokeWidth="2" />
    </svg>
  ),
};

const ITEMS: LegendItem[] = [...NODE_KINDS.filter((kind) => kind !== 'group').map(kindItem), SAME_ARTICLE];
const ITEMS_WITH_GROUPS: LegendItem[] = [...NODE_KINDS.map(kindItem), SAME_ARTICLE];

/** Shapes and colours of the node kinds, and what the links mean; the group's box only when groups are drawn. */
export function NetworkLegend({ groups = false }: { groups?: boolean }) {
  return (
    <Legend title="Legend: network" items={groups ? ITEMS_WITH_GROUPS : ITEMS} className="network-legend" layout="inline" hideTitle>
      <LegendNote>Size: quotes, mentions by experts, experts from the country</LegendNote>
    </Legend>
  );
}
