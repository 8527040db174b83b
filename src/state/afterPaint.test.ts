// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStoreAfterPaint } from './afterPaint';
import { useAtlasStore, type AtlasState } from './store';
import { DEFAULT_VIEW_STATE } from './viewState';

const yearOf = (s: AtlasState) => s.year;

describe('useStoreAfterPaint', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    act(() => useAtlasStore.getState().applyViewState(DEFAULT_VIEW_STATE));
  });

  it('keeps the value of the frame on screen, and takes the new one after the next frame', async () => {
    act(() => useAtlasStore.getState().setYear(2010));
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const { result } = renderHook(() => useStoreAfterPaint(yearOf));
    expect(result.current).toBe(2010);
    act(() => useAtlasStore.getState().setYear(2011));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current).toBe(2010);
    expect(frames).toHaveLength(1);
    act(() => frames[0]?.(performance.now()));
    await waitFor(() => expect(result.current).toBe(2011));
  });

  it('with a rest time, takes only the value the store rested at', () => {
    act(() => useAtlasStore.getState().setYear(2010));
    vi.useFakeTimers();
    try {
      const frames: FrameRequestCallback[] = [];
      vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
      const { result } = renderHook(() => useStoreAfterPaint(yearOf, 300));
      act(() => useAtlasStore.getState().setYear(2011));
      act(() => {
        vi.advanceTimersByTime(200);
      });
      act(() => useAtlasStore.getState().setYear(2012));
      act(() => {
        vi.advanceTimersByTime(200);
      });
      // 400 ms after the first change, but only 200 after the last: still waiting.
      expect(frames).toHaveLength(0);
      act(() => {
        vi.advanceTimersByTime(100);
      });
      expect(frames).toHaveLength(1);
      act(() => frames[0]?.(performance.now()));
      act(() => {
        vi.advanceTimersByTime(0);
      });
      expect(result.current).toBe(2012);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores store changes that leave its value alone, and cancels a waiting update with the component', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const cancelFrame = vi.spyOn(window, 'cancelAnimationFrame');
    const { unmount } = renderHook(() => useStoreAfterPaint(yearOf));
    act(() => useAtlasStore.getState().selectCountry('IND'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(frames).toHaveLength(0);
    act(() => useAtlasStore.getState().setYear(2015));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(frames).toHaveLength(1);
    unmount();
    expect(cancelFrame).toHaveBeenCalledWith(1);
  });
});
