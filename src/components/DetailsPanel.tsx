import { useId, type ReactNode, type Ref } from 'react';

interface DetailsPanelProps {
  /** 'aside' for a panel beside its view's drawing, 'section' for one inside it. */
  element?: 'section' | 'aside';
  /** The panel's CSS block name; its header and close button get `${block}__header` and `${block}__close`. */
  block: string;
  title: ReactNode;
  /** The close button's accessible name, e.g. "Close Kazakhstan details". */
  closeLabel: string;
  onClose: () => void;
  /** The heading, for the view to move the focus to when the person opened the panel. */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/**
 * A details panel (a country, an expert, a timeline mark or summit): a landmark named by its
 * heading, with a close button, that Escape closes.
 */
export function DetailsPanel({ element = 'section', block, title, closeLabel, onClose, headingRef, children }: DetailsPanelProps) {
  const headingId = useId();
  const Element = element;
  return (
    <Element
      className={block}
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // Escape closes this panel only, not also a panel or mode around it.
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header className={`${block}__header`}>
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
        </h3>
        <button type="button" className={`${block}__close`} onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      </header>
      {children}
    </Element>
  );
}
