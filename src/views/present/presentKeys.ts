/**
 * Keys in presentation mode, as presentation tools use them. Presenter clickers send PageDown and
 * PageUp (some send arrows), so those always step; arrows, Space, Home and End give way to a
 * control that needs them (the year slider, a text field, a button pressed with Space).
 */
export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** What the key was pressed on. */
export interface KeyTarget {
  /** A text field, select or contenteditable: keys are for typing. */
  editable: boolean;
  /** A slider (the year slider) uses arrows, Home and End itself. */
  slider: boolean;
  /** Space and Enter press a focused button. */
  button: boolean;
  /** An open dialog handles its own Escape. */
  inDialog: boolean;
}

export interface KeyPress {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

export function presentAction(press: KeyPress, target: KeyTarget): PresentAction | null {
  // Browser and system shortcuts (Ctrl+PageDown switches tabs) are never taken over.
  if (press.altKey === true || press.ctrlKey === true || press.metaKey === true) return null;
  if (target.editable) return null;
  switch (press.key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'previous';
    case 'ArrowRight':
      return target.slider ? null : 'next';
    case 'ArrowLeft':
      return target.slider ? null : 'previous';
    case ' ':
    case 'Spacebar':
      return target.button || target.slider ? null : 'next';
    case 'Home':
      return target.slider ? null : 'first';
    case 'End':
      return target.slider ? null : 'last';
    case 'Escape':
    case 'Esc':
      return target.inDialog ? null : 'exit';
    default:
      return null;
  }
}

/** Reads a key event's target into the facts presentAction needs. */
export function keyTargetOf(target: EventTarget | null): KeyTarget {
  const element = target instanceof Element ? target : null;
  const tag = element?.tagName.toLowerCase() ?? '';
  const editable =
    element !== null &&
    (tag === 'textarea' ||
      tag === 'select' ||
      (tag === 'input' && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range'].includes((element as HTMLInputElement).type)) ||
      (element instanceof HTMLElement && element.isContentEditable));
  return {
    editable,
    slider: element?.closest('[role="slider"], input[type="range"]') != null,
    button: element?.closest('button, [role="button"], a[href], summary, input[type="button"], input[type="submit"], input[type="checkbox"]') != null,
    inDialog: element?.closest('dialog[open], [role="dialog"]') != null,
  };
}

/** The step an action leads to, counting from 1; null to leave presentation mode. */
export function stepAfter(action: PresentAction, step: number, stepCount: number): number | null {
  switch (action) {
    case 'next':
      return Math.min(stepCount, step + 1);
    case 'previous':
      return Math.max(1, step - 1);
    case 'first':
      return 1;
    case 'last':
      return stepCount;
    case 'exit':
      return null;
  }
}
