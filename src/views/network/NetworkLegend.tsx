import { NodeIcon } from './NodeIcon';
import { KIND_STYLE, LINK_STYLE, NODE_KINDS } from './nodeStyle';

/** Shapes and colours of the node kinds, and what the links mean. */
export function NetworkLegend() {
  return (
    <ul className="network-legend" aria-label="Legend">
      {NODE_KINDS.map((kind) => (
        <li key={kind}>
          <NodeIcon kind={kind} />
          <span>{KIND_STYLE[kind].label}</span>
        </li>
      ))}
      <li>
        <svg width="22" height="10" aria-hidden="true" focusable="false">
          <line x1="1" y1="5" x2="21" y2="5" stroke={LINK_STYLE['expert-expert'].colour} strokeWidth="2" />
        </svg>
        <span>Same article</span>
      </li>
      <li className="network-legend__hint">Size: quotes, mentions by experts, experts from the country</li>
    </ul>
  );
}
