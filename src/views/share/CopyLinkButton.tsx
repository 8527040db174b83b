import { useEffect, useRef, useState } from 'react';
import { currentViewUrl } from '../../state/urlSync';
import { copyText } from './clipboard';
import './share.css';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * "Copy link": the link carries the whole view (year, range, selection, themes, zoom, view in
 * focus, story step), built from the store at the click, so it is never the address a moment
 * behind (the address is written after the frame, at most every 250 ms). Where the clipboard is
 * refused, the link appears in a read-only field, selected, to copy by hand.
 */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind === 'manual') {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
    if (state.kind !== 'copied') return;
    const timeout = setTimeout(() => setState({ kind: 'idle' }), 4000);
    return () => clearTimeout(timeout);
  }, [state]);

  const copy = async () => {
    const url = currentViewUrl();
    setState((await copyText(url)) ? { kind: 'copied' } : { kind: 'manual', url });
  };

  return (
    <span className="copy-link">
      <button type="button" className="tool-button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-link__status">
        {state.kind === 'copied' ? 'Link copied' : ''}
      </span>
      {state.kind === 'manual' && (
        <span className="copy-link__manual">
          <label>
            <span>Link to this view (copy it with Ctrl+C or ⌘C)</span>
            <input ref={fieldRef} type="text" readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" onClick={() => setState({ kind: 'idle' })} aria-label="Close the link field">
            ×
          </button>
        </span>
      )}
    </span>
  );
}
