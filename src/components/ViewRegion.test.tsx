// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewRegion } from './ViewRegion';
import { ErrorPanel } from './ErrorPanel';

function Boom(): never {
  throw new Error('projection failed');
}

describe('ViewRegion', () => {
  afterEach(cleanup);

  it('contains a view that throws and leaves its neighbours working', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <ViewRegion label="Membership map">
          <Boom />
        </ViewRegion>
        <ViewRegion label="Expert network">
          <p>eleven experts</p>
        </ViewRegion>
      </>,
    );
    const map = screen.getByRole('region', { name: 'Membership map' });
    expect(map).toHaveTextContent('Membership map could not be drawn.');
    expect(map).toHaveTextContent('projection failed');
    expect(screen.getByRole('region', { name: 'Expert network' })).toHaveTextContent('eleven experts');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    // The view still throws, so the boundary catches it again rather than blanking the page.
    expect(screen.getByRole('region', { name: 'Membership map' })).toHaveTextContent('could not be drawn');
    warn.mockRestore();
    error.mockRestore();
  });
});

describe('ErrorPanel', () => {
  afterEach(cleanup);

  it('says what is wrong and how to regenerate the data', () => {
    render(<ErrorPanel problem={{ title: 'The data file is not valid JSON (truncated or corrupt?).', details: ['Unexpected end of JSON input'] }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The data file is not valid JSON');
    expect(alert).toHaveTextContent('Unexpected end of JSON input');
    expect(alert).toHaveTextContent('npm run preprocess');
  });
});
