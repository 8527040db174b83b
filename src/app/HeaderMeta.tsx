import type { ReactNode } from 'react';
import { ThemePicker } from '../components/ThemePicker';
import { formatCount } from '../model/formatCount';

interface HeaderMetaProps {
  referenceAsOf: string;
  articles: number;
  /** The person's own articles among them. */
  own: number;
  experts: number;
  /** The Sources opener: the dialog once the core is in. */
  sources: ReactNode;
}

/** "Membership data as of …, 1,200 articles (3 yours), 400 experts · Sources · Theme": the same from the core and from the map file. */
export function HeaderMeta({ referenceAsOf, articles, own, experts, sources }: HeaderMetaProps) {
  return (
    <div className="app-header__meta">
      <span>
        Membership data as of <time dateTime={referenceAsOf}>{referenceAsOf}</time>
      </span>
      <span aria-hidden="true">·</span>
      <span>
        {formatCount(articles)} {articles === 1 ? 'article' : 'articles'}
        {own > 0 && (
          <>
            {' '}
            <span className="own-tag">{formatCount(own)} yours</span>
          </>
        )}
        , {formatCount(experts)} {experts === 1 ? 'expert' : 'experts'}
      </span>
      <span aria-hidden="true">·</span>
      {sources}
      <ThemePicker />
    </div>
  );
}
