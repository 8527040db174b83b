import { describe, expect, it } from 'vitest';
import { presentAction, stepAfter, type KeyTarget } from './presentKeys';

const page: KeyTarget = { editable: false, slider: false, button: false, inDialog: false };

describe('presentAction', () => {
  it('steps with the keys presentation tools use', () => {
    expect(presentAction({ key: 'ArrowRight' }, page)).toBe('next');
    expect(presentAction({ key: ' ' }, page)).toBe('next');
    expect(presentAction({ key: 'PageDown' }, page)).toBe('next');
    expect(presentAction({ key: 'ArrowLeft' }, page)).toBe('previous');
    expect(presentAction({ key: 'PageUp' }, page)).toBe('previous');
    expect(presentAction({ key: 'Home' }, page)).toBe('first');
    expect(presentAction({ key: 'End' }, page)).toBe('last');
    expect(presentAction({ key: 'Escape' }, page)).toBe('exit');
    expect(presentAction({ key: 'a' }, page)).toBeNull();
  });

  it('lets a clicker step even when the year slider has the focus', () => {
    const slider = { ...page, slider: true };
    expect(presentAction({ key: 'PageDown' }, slider)).toBe('next');
    expect(presentAction({ key: 'PageUp' }, slider)).toBe('previous');
    expect(presentAction({ key: 'ArrowRight' }, slider)).toBeNull();
    expect(presentAction({ key: 'Home' }, slider)).toBeNull();
  });

  it('leaves Space to a focused button, typing to text fields, Escape to dialogs and shortcuts to the browser', () => {
    expect(presentAction({ key: ' ' }, { ...page, button: true })).toBeNull();
    expect(presentAction({ key: 'ArrowRight' }, { ...page, button: true })).toBe('next');
    expect(presentAction({ key: 'PageDown' }, { ...page, editable: true })).toBeNull();
    expect(presentAction({ key: 'Escape' }, { ...page, inDialog: true })).toBeNull();
    expect(presentAction({ key: 'PageDown', ctrlKey: true }, page)).toBeNull();
    expect(presentAction({ key: 'ArrowLeft', altKey: true }, page)).toBeNull();
  });
});

describe('stepAfter', () => {
  it('stays within the story and counts from one', () => {
    expect(stepAfter('next', 3, 10)).toBe(4);
    expect(stepAfter('next', 10, 10)).toBe(10);
    expect(stepAfter('previous', 1, 10)).toBe(1);
    expect(stepAfter('first', 7, 10)).toBe(1);
    expect(stepAfter('last', 2, 10)).toBe(10);
    expect(stepAfter('exit', 2, 10)).toBeNull();
  });
});
