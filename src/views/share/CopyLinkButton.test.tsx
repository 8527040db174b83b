// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CopyLinkButton } from './CopyLinkButton';

function setClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('CopyLinkButton', () => {
  it('copies the address, which carries the whole view', async () => {
    window.history.replaceState(null, '', '/?year=2017&country=IND&step=3&story=sco-enlargement');
    const copied: string[] = [];
    const user = userEvent.setup();
    render(<CopyLinkButton />);
    setClipboard((text) => {
      copied.push(text);
      return Promise.resolve();
    });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(copied).toEqual([window.location.href]);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('shows the link selected in a read-only field when the clipboard is refused', async () => {
    window.history.replaceState(null, '', '/?year=2024');
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
