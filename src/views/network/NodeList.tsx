import { memo, useId } from 'react';
import type { NetworkNode, NodeKind } from '../../model/networkGraph';
import { NodeIcon } from './NodeIcon';
import { KIND_STYLE } from './nodeStyle';
import './nodeList.css';
import { formatCount } from '../../model/formatCount';

/** Per kind: enough to browse; beyond this the search narrows the list (a DOM of 5,000 buttons helps nobody). */
export const LIST_LIMIT = 60;

interface NodeListProps {
  /** Matches of the search, experts first. */
  matches: readonly NetworkNode[];
  total: number;
  query: string;
  onQuery: (query: string) => void;
  /** Enter in the search box: the first matching expert. */
  onSubmit: () => void;
  isPressed: (node: NetworkNode) => boolean;
  onActivate: (node: NetworkNode) => void;
  onHover: (id: string | null) => void;
  /** A line under a node's name: what an expert mostly spoke about. */
  detailOf?: (node: NetworkNode) => string | undefined;
}

/** The kinds listed; a group of experts not drawn is reached through its country. */
type ListedKind = Exclude<NodeKind, 'group'>;
const LISTED_KINDS: readonly ListedKind[] = ['expert', 'theme', 'country'];

/** What the number beside each node counts, shown once in the group heading. */
const COUNT_WORDS: Record<ListedKind, [string, string]> = {
  expert: ['quote', 'quotes'],
  theme: ['mention', 'mentions'],
  country: ['expert', 'experts'],
};

function countText(node: NetworkNode & { kind: ListedKind }): string {
  const [one, many] = COUNT_WORDS[node.kind];
  return `${node.size} ${node.size === 1 ? one : many}`;
}

/** The keyboard way into the network: a search box and one button per node, grouped by kind. */
export const NodeList = memo(function NodeList({ matches, total, query, onQuery, onSubmit, isPressed, onActivate, onHover, detailOf }: NodeListProps) {
  const searchId = useId();
  const countId = useId();
  const byKind = new Map(LISTED_KINDS.map((kind) => [kind, matches.filter((n): n is NetworkNode & { kind: ListedKind } => n.kind === kind)]));
  const cut = [...byKind.values()].some((nodes) => nodes.length > LIST_LIMIT);
  return (
    <div className="network-list">
      <div className="network-list__search">
        <label htmlFor={searchId}>Find an expert</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder="Name, theme or country"
          autoComplete="off"
          aria-describedby={countId}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              onSubmit();
            }
          }}
        />
        <p id={countId} className="network-list__count" aria-live="polite">
          {query.trim() === '' ? `${total} nodes` : `${matches.length} of ${total} nodes match`}
          {cut && ` · up to ${LIST_LIMIT} of each kind listed, type to narrow`}
        </p>
      </div>
      <div className="network-list__groups">
        {LISTED_KINDS.map((kind) => {
          const all = byKind.get(kind) ?? [];
          const nodes = all.slice(0, LIST_LIMIT);
          if (nodes.length === 0) return null;
          return (
            <section key={kind} aria-label={KIND_STYLE[kind].plural}>
              <h3 className="network-list__heading">
                <span>
                  {KIND_STYLE[kind].plural} <span className="network-list__total">({formatCount(all.length)})</span>
                </span>
                <span className="network-list__unit" aria-hidden="true">
                  {COUNT_WORDS[kind][1]}
                </span>
              </h3>
              <ul>
                {nodes.map((node) => {
                  const detail = detailOf?.(node);
                  return (
                    <li key={node.id}>
                      <button
                        type="button"
                        className="network-list__item"
                        data-node-id={node.id}
                        aria-pressed={isPressed(node)}
                        onClick={() => onActivate(node)}
                        onMouseEnter={() => onHover(node.id)}
                        onMouseLeave={() => onHover(null)}
                        onFocus={() => onHover(node.id)}
                        onBlur={() => onHover(null)}
                      >
                        <NodeIcon kind={node.kind} />
                        <span className="network-list__label">
                          {node.label}
                          {detail !== undefined && (
                            <>
                              <span className="visually-hidden">,</span>{' '}
                              <span className="network-list__detail">{detail}</span>
                            </>
                          )}
                        </span>
                        {node.own === true && (
                          <span className="own-tag network-list__own" title="Quoted in an article you added">
                            yours
                          </span>
                        )}
                        <span className="visually-hidden">, {countText(node)}</span>
                        <span className="network-list__meta" aria-hidden="true">
                          {node.size}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
        {matches.length === 0 && <p className="network-list__none">{total === 0 || query.trim() === '' ? 'Nothing to list with these filters.' : `Nothing matches “${query}”.`}</p>}
      </div>
    </div>
  );
});
