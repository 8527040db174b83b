import { useId, useRef, useState, type ReactNode } from 'react';
import './Dialog.css';

interface DialogProps {
  /** The words on the button that opens the dialog. */
  openLabel: string;
  /** The opening button's look: a tool in a toolbar, or a link in running text. */
  opener?: 'tool' | 'link';
  title: string;
  /** The close button's accessible name, e.g. "Close sources". */
  closeLabel: string;
  className?: string;
  /**
   * False: the content is made only while the dialog is open — for content that grows with the
   * data (every article of a 10,000-article corpus is 40,000 elements nobody sees until they ask).
   */
  renderWhileClosed?: boolean;
  children: ReactNode;
}

/**
 * A button that opens a modal <dialog> with a titled header and a close button. The browser's own
 * modal dialog keeps the focus inside, closes on Escape and gives the focus back to the button.
 */
export function Dialog({ openLabel, opener = 'tool', title, closeLabel, className, renderWhileClosed = true, children }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={opener === 'tool' ? 'tool-button' : 'link-button'}
        onClick={() => {
          dialogRef.current?.showModal();
          setOpen(true);
        }}
      >
        {openLabel}
      </button>
      <dialog ref={dialogRef} className={`dialog ${className ?? ''}`} aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <header className="dialog__header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="dialog__close" onClick={() => dialogRef.current?.close()} aria-label={closeLabel}>
            ×
          </button>
        </header>
        {(renderWhileClosed || open) && children}
      </dialog>
    </>
  );
}

/** Closes the dialog an element is in (an action inside it that leaves it: print, present). */
export function closeEnclosingDialog(element: Element): void {
  element.closest('dialog')?.close();
}
