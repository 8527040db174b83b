// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { useAtlasStore } from '../../state/store';
import { startUrlSync } from '../../state/urlSync';
import { DEFAULT_VIEW_STATE } from '../../state/viewState';
import { CopyLinkButton } from './CopyLinkButton';

function setClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('CopyLinkButton', () => {
  let stop: () => void = () => undefined;
  /** The page as main.tsx starts it (the store read from the address, kept in sync), with the button and a clipboard that keeps what it is given. */
  function openWithButton() {
    stop = startUrlSync(window);
    const copied: string[] = [];
    const user = userEvent.setup();
    render(<CopyLinkButton />);
    setClipboard((text) => {
      copied.push(text);
      return Promise.resolve();
    });
    return { copied, user };
  }
  afterEach(() => {
    stop();
    useAtlasStore.getState().applyViewState(DEFAULT_VIEW_STATE);
  });

  it('copies the link to the whole view the page was opened with', async () => {
    window.history.replaceState(null, '', '/?year=2017&country=IND&step=3&story=sco-enlargement');
    const { copied, user } = openWithButton();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(copied).toEqual([window.location.href]);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('copies the year just chosen, not the address that trails it by a frame', async () => {
    window.history.replaceState(null, '', '/?year=2017');
    const { copied, user } = openWithButton();
    useAtlasStore.getState().setYear(2018);
    expect(window.location.search).toBe('?year=2017');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(copied).toEqual([`${window.location.origin}/?year=2018`]);
    expect(window.location.search).toBe('?year=2018');
  });

  it('shows the link selected in a read-only field when the clipboard is refused', async () => {
    window.history.replaceState(null, '', '/?year=2024');
    stop = startUrlSync(window);
    const user = userEvent.setup();
    render(<CopyLinkButton />);
    setClipboard(() => Promise.reject(new Error('denied')));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: /Link to this view/ });
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
  });
});
