// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataContext } from '../../state/data';
import { loadedData } from '../../../tests/fixtures/loadedData';
import { useAtlasStore } from '../../state/store';
import { DEFAULT_VIEW_STATE } from '../../state/viewState';
import { StoryEditor } from './StoryEditor';
import { resetUserStoryCache } from './useUserStory';
import { makePresentFixture } from '../../../tests/fixtures/storyFixture';

function renderEditor() {
  const data = makePresentFixture();
  render(
    <DataContext.Provider value={loadedData(data)}>
      <StoryEditor />
    </DataContext.Provider>,
  );
}

function savedStory(): { title: string; steps: { title: string; caption: string; state: Record<string, unknown> }[] } {
  return JSON.parse(localStorage.getItem('sco-atlas:user-story') ?? 'null') as never;
}

beforeAll(() => {
  // jsdom has no modal dialogs; open/close are enough here.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

beforeEach(() => {
  localStorage.clear();
  resetUserStoryCache();
  act(() => useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, year: 2017 }));
});

describe('StoryEditor', () => {
  it('starts a story from the current view and keeps it in the browser', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Edit story' }));
    await user.click(screen.getByRole('button', { name: 'Start a story with the current view' }));
    expect(savedStory().steps).toEqual([{ title: 'Step 1', caption: '', state: { year: 2017 } }]);
    expect(screen.getByText(/Shows: map at 2017/)).toBeInTheDocument();
  });

  it('adds, renames, reorders and deletes steps with named controls', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Edit story' }));
    await user.click(screen.getByRole('button', { name: 'Start a story with the current view' }));
    act(() => useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, year: 2024, focus: 'network' }));
    await user.click(screen.getByRole('button', { name: 'Add the current view as a step' }));
    expect(savedStory().steps.map((s) => s.state)).toEqual([{ year: 2017 }, { year: 2024, focus: 'network' }]);

    const title = screen.getByRole('textbox', { name: 'Title of step 2' });
    await user.clear(title);
    await user.type(title, 'Belarus');
    await user.type(screen.getByRole('textbox', { name: 'Caption of step 2' }), 'By {{year} the SCO had {{count.member} members');
    expect(savedStory().steps[1]).toMatchObject({ title: 'Belarus', caption: 'By {year} the SCO had {count.member} members' });
    expect(screen.getByText('By 2024 the SCO had 10 members')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    expect(savedStory().steps.map((s) => s.title)).toEqual(['Belarus', 'Step 1']);
    await user.click(screen.getByRole('button', { name: 'Delete step 2' }));
    expect(savedStory().steps.map((s) => s.title)).toEqual(['Belarus']);
    expect(screen.getByRole('button', { name: 'Delete step 1' })).toBeDisabled();
  });

  it('shows a caption’s unknown placeholder as a problem of that step', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Edit story' }));
    await user.click(screen.getByRole('button', { name: 'Start a story with the current view' }));
    await user.type(screen.getByRole('textbox', { name: 'Caption of step 1' }), '{{membrs}');
    expect(within(screen.getByRole('list', { name: 'Problems in step 1' })).getByText('unknown placeholder {membrs}')).toBeInTheDocument();
  });

  it('refuses an upload that is not a story, saying why', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Edit story' }));
    const file = new File(['{"id": "x", "title": "T", "steps": []}'], 'talk.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Upload a story (JSON)'), file);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“talk.json” is not a story this app can read');
    expect(alert).toHaveTextContent('steps: a story needs at least one step');
    expect(localStorage.getItem('sco-atlas:user-story')).toBeNull();
  });

  it('loads an uploaded story as the user’s own', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Edit story' }));
    const story = { id: 'talk', title: 'Talk', steps: [{ title: 'One', caption: '', state: { year: 2001 } }] };
    await user.upload(screen.getByLabelText('Upload a story (JSON)'), new File([JSON.stringify(story)], 'talk.json'));
    expect(await screen.findByRole('status')).toHaveTextContent('Loaded “Talk” (1 steps) from talk.json.');
    expect(savedStory()).toMatchObject({ id: 'my-story', title: 'Talk' });
  });
});
