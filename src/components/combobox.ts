/**
 * The parts two comboboxes share (the map's country finder, the header's search): the text box's
 * ARIA 1.2 attributes for a list that filters as you type, and what each key means.
 */

export interface ComboboxState {
  listId: string;
  expanded: boolean;
  /** The id of the option under the keyboard cursor, if any. */
  activeId: string | undefined;
}

export function comboboxInputProps({ listId, expanded, activeId }: ComboboxState) {
  return {
    type: 'text',
    role: 'combobox',
    autoComplete: 'off',
    spellCheck: false,
    'aria-autocomplete': 'list',
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-activedescendant': expanded ? activeId : undefined,
  } as const;
}

/** What a key does in a combobox: move the cursor, pick the option, close the list, or clear the box. */
export type ComboboxAction = 'next' | 'previous' | 'choose' | 'close' | 'clear';

export function comboboxAction(key: string, open: boolean, hasText: boolean): ComboboxAction | null {
  switch (key) {
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'Enter':
      return open || hasText ? 'choose' : null;
    case 'Escape':
      // First Escape closes the list, the next one empties the box.
      return open ? 'close' : hasText ? 'clear' : null;
    default:
      return null;
  }
}
