import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** How long the "how to zoom" hint stays after a plain scroll over the network. */
const HINT_MS = 1600;

/**
 * Cooperative wheel zoom, as map libraries do it: the wheel scrolls the page over the network,
 * unless Ctrl (⌘ on a Mac) is held, or the person has clicked into the network (until the pointer
 * leaves it). A plain scroll shows a short hint saying how to zoom.
 */
export function useWheelGate(ref: RefObject<HTMLElement | null>) {
  const armed = useRef(false);
  const [hint, setHint] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      armed.current = true;
      setHint(false);
    };
    const disarm = () => {
      armed.current = false;
    };
    const onWheel = (event: WheelEvent) => {
      if (armed.current || event.ctrlKey || event.metaKey) return;
      setHint(true);
      clearTimeout(timer);
      timer = setTimeout(() => setHint(false), HINT_MS);
    };
    element.addEventListener('pointerdown', arm);
    element.addEventListener('pointerleave', disarm);
    element.addEventListener('wheel', onWheel, { passive: true });
    return () => {
      clearTimeout(timer);
      element.removeEventListener('pointerdown', arm);
      element.removeEventListener('pointerleave', disarm);
      element.removeEventListener('wheel', onWheel);
    };
  }, [ref]);

  /** For d3-zoom's filter: may this wheel event zoom? */
  const wheelZooms = useCallback((event: WheelEvent) => armed.current || event.ctrlKey || event.metaKey, []);
  return { hint, wheelZooms };
}
