import { Legend, LegendNote, type LegendItem } from '../../components/Legend';
import { NodeIcon } from './NodeIcon';
import { KIND_STYLE, LINK_STYLE, NODE_KINDS } from './nodeStyle';

const kindItem = (kind: (typeof NODE_KINDS)[number]): LegendItem => ({ key: kind, label: KIND_STYLE[kind].label, swatch: <NodeIcon kind={kind} /> });

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

/** Shapes and colours of the node kinds, and what the links mean; the group's box only when groups are drawn, the "yours" ring when the graph has any. */
export function NetworkLegend({ groups = false, hasOwn = false }: { groups?: boolean; hasOwn?: boolean }) {
  const items = groups ? ITEMS_WITH_GROUPS : ITEMS;
  return (
    <Legend title="Legend: network" items={hasOwn ? [...items, OWN_ITEM] : items} className="network-legend" layout="inline" hideTitle>
      <LegendNote>Size: quotes, mentions by experts, experts from the country</LegendNote>
    </Legend>
  );
}
