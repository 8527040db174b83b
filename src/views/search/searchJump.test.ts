// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { revealView } from './searchJump';

/** Animation frames run one at a time, when the test says so. */
let frames: FrameRequestCallback[] = [];
const runFrame = () => {
  const due = frames;
  frames = [];
  for (const callback of due) callback(0);
};

function networkRegion(): HTMLElement {
  const region = document.createElement('section');
  region.setAttribute('aria-label', 'Expert network');
  document.body.append(region);
  return region;
}

function detailsPanel(name: string): HTMLElement {
  const panel = document.createElement('div');
  panel.setAttribute('aria-labelledby', 'details-title');
  const header = document.createElement('header');
  const heading = document.createElement('h3');
  heading.tabIndex = -1;
  heading.textContent = name;
  header.append(heading);
  panel.append(header);
  return panel;
}

describe('revealView', () => {
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('focuses the details heading when the view draws it a few frames after the jump', () => {
    const region = networkRegion();
    revealView('network', true);
    runFrame();
    runFrame();
    expect(document.activeElement).toBe(document.body);
    const panel = detailsPanel('Anna Kim');
    region.append(panel);
    runFrame();
    expect(document.activeElement?.textContent).toBe('Anna Kim');
  });

  it('stops waiting after a while, and never moves the focus when the details are not wanted', () => {
    const region = networkRegion();
    revealView('network', true);
    for (let i = 0; i < 40; i++) runFrame();
    expect(frames).toHaveLength(0);
    region.append(detailsPanel('Anna Kim'));
    revealView('network', false);
    runFrame();
    expect(document.activeElement).toBe(document.body);
  });
});
