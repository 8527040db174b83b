import { MIN_SHAPES } from '../../scripts/budget/mapVisible';
import { CORE_FILE } from '../../src/model/dataFiles';
import { LAYOUT_MARKS } from '../../src/views/network/useNetworkLayout';
import { NOT_BEFORE_FIRST_PAINT } from '../../scripts/budget/mapVisible';

/**
 * Code that runs inside the page. Kept as plain JavaScript strings: functions compiled by tsx
 * may carry helper calls (`__name`) that do not exist in the page.
 *
 * "Painted" is taken as the moment after the next animation frame: a requestAnimationFrame
 * callback runs just before the frame is rendered, and a message posted from it is delivered
 * after that frame.
 */

/**
 * Installed before any page script: notes when the first country shape (a path with geometry) is
 * painted, and when at least MIN_SHAPES are (the definition scripts/budget/mapVisible.ts uses).
 * Never before the page's first contentful paint: outlines that arrive with the HTML are in the
 * DOM (and their animation frame has run) before the browser presents its first frame, which
 * waits for the whole loading shell (`blocking="render"`); they are on screen with that frame.
 */
export const MAP_VISIBLE_PROBE = `(() => {
  const bench = { mapFoundAt: null, mapVisibleAt: null, allFoundAt: null, allVisibleAt: null };
  window.__scoBench = bench;
  ${NOT_BEFORE_FIRST_PAINT}
  const afterPaint = (callback) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { const at = performance.now(); firstPaint.then((fcp) => callback(Math.max(at, fcp))); };
    channel.port2.postMessage(null);
  });
  const check = () => {
    const shapes = document.querySelectorAll('path[data-iso3][d], [data-iso3] path[d]');
    if (bench.mapFoundAt === null && shapes.length > 0) {
      bench.mapFoundAt = performance.now();
      afterPaint((t) => { bench.mapVisibleAt = t; });
    }
    if (bench.allFoundAt === null && shapes.length >= ${MIN_SHAPES}) {
      bench.allFoundAt = performance.now();
      observer.disconnect();
      afterPaint((t) => { bench.allVisibleAt = t; });
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['d', 'data-iso3'] });
})();`;

/**
 * Reads what the probe saw plus the data file's fetch timing, and the bytes (as sent, compressed)
 * of the responses that had arrived whole before the map was on screen, the page included.
 */
export const READ_MAP_VISIBLE = `(() => {
  const bench = window.__scoBench || {};
  const resources = performance.getEntriesByType('resource');
  const data = resources.find((e) => e.name.includes(${JSON.stringify(CORE_FILE)}));
  const visibleAt = bench.mapVisibleAt ?? null;
  const before = visibleAt === null ? [] : [...performance.getEntriesByType('navigation'), ...resources].filter((e) => e.responseEnd > 0 && e.responseEnd <= visibleAt);
  return {
    mapVisibleAt: visibleAt,
    allVisibleAt: bench.allVisibleAt ?? null,
    dataResponseEnd: data ? data.responseEnd : null,
    bytesBeforeMap: visibleAt === null ? null : before.reduce((sum, e) => sum + (e.transferSize || 0), 0),
    shapes: document.querySelectorAll('[data-iso3]').length,
  };
})()`;

/** When the core's response had arrived whole (ms from navigation), once the page is quiet. */
export const READ_CORE_ARRIVED = `(() => {
  const data = performance.getEntriesByType('resource').find((e) => e.name.includes(${JSON.stringify(CORE_FILE)}));
  return data ? data.responseEnd : null;
})()`;

/**
 * Arms a measurement of one year step, before the key is pressed. It starts at the keydown
 * event's timestamp and ends after the first animation frame in which nothing more changed in
 * the map region (or the slider): the time until the last change of that step was on screen.
 */
export const ARM_YEAR_STEP = `(() => {
  const slider = document.activeElement;
  const region = document.querySelector('[aria-label="Membership map"]') || document.body;
  const before = slider ? slider.getAttribute('aria-valuenow') : null;
  let keyAt = null;
  let lastMutation = -1;
  window.addEventListener('keydown', (event) => { keyAt = event.timeStamp; }, { capture: true, once: true });
  const observer = new MutationObserver(() => { lastMutation = performance.now(); });
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  observer.observe(region, options);
  if (slider && !region.contains(slider)) observer.observe(slider, options);
  window.__scoStep = new Promise((resolve) => {
    const deadline = performance.now() + 10000;
    let previousFrame = null;
    let lastPaint = null;
    const finish = (result) => { observer.disconnect(); resolve(result); };
    const tick = () => requestAnimationFrame(() => {
      const frameAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const now = performance.now();
        const changed = slider !== null && slider.getAttribute('aria-valuenow') !== before;
        if (keyAt !== null && changed) {
          const since = previousFrame === null ? keyAt : previousFrame;
          if (lastMutation > frameAt) {
            // Changed after this frame began: it shows in the next one.
          } else if (lastMutation > since) {
            lastPaint = now;
          } else if (lastPaint !== null) {
            finish({ ms: lastPaint - keyAt, year: slider.getAttribute('aria-valuenow') });
            return;
          }
          previousFrame = frameAt;
        }
        if (now > deadline) { finish({ ms: null, year: slider ? slider.getAttribute('aria-valuenow') : null }); return; }
        tick();
      };
      channel.port2.postMessage(null);
    });
    tick();
  });
  return before;
})()`;

/** Counts year changes on the slider during playback (proof that it really played). */
export const COUNT_YEAR_CHANGES = `(() => {
  const slider = document.querySelector('[role="slider"]');
  window.__scoYearChanges = 0;
  if (!slider) return false;
  new MutationObserver(() => { window.__scoYearChanges += 1; }).observe(slider, { attributes: true, attributeFilter: ['aria-valuenow'] });
  return true;
})()`;

/**
 * Resolves once the main thread has been idle for ten idle periods in a row of (nearly) the
 * 50 ms maximum, and the network's layout (a worker, which leaves the main thread idle while it
 * runs) has delivered every layout it started, and the core is in (not only the map file): the
 * page has finished the work it started on load,
 * so a year step measured after it is the step's own cost. Gives up after 60 s.
 */
export const WAIT_FOR_QUIET = `new Promise((resolve) => {
  const started = performance.now();
  let streak = 0;
  const layoutsPending = () => performance.getEntriesByName(${JSON.stringify(LAYOUT_MARKS.start)}).length > performance.getEntriesByName(${JSON.stringify(LAYOUT_MARKS.end)}).length;
  // The map may be on screen from its map file while the core still loads (the header says it is busy).
  const dataPending = () => document.querySelector('.app-loading, header.app-header[aria-busy="true"]') !== null;
  const check = (deadline) => {
    streak = deadline.timeRemaining() >= 45 && !layoutsPending() && !dataPending() ? streak + 1 : 0;
    if (streak >= 10) resolve({ quietAt: performance.now(), timedOut: false });
    else if (performance.now() - started > 60000) resolve({ quietAt: performance.now(), timedOut: true });
    else requestIdleCallback(check, { timeout: 1000 });
  };
  requestIdleCallback(check, { timeout: 1000 });
})`;

/**
 * Installed before React loads: counts, by component name, the components that rendered in each
 * commit, through the hook React DevTools uses (React calls it in production builds too). A fiber
 * rendered when it carries React's PerformedWork flag and is not the object the last commit left
 * in place (a subtree React skipped keeps its old fibers and their old flags). Names are the
 * functions' names: read them from a build without minification.
 */
export const RENDER_COUNTER = `(() => {
  const counts = new Map();
  let previous = new WeakSet();
  const name = (fiber) => {
    const type = fiber.type;
    if (typeof type === 'function') return type.displayName || type.name || '(anonymous)';
    if (type && typeof type === 'object') {
      const inner = type.type || type.render;
      if (inner) return type.displayName || inner.displayName || inner.name || '(anonymous)';
    }
    return null;
  };
  window.__scoRenders = counts;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { const id = this.renderers.size + 1; this.renderers.set(id, renderer); return id; },
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const seen = new WeakSet();
      const stack = [root.current];
      while (stack.length > 0) {
        const fiber = stack.pop();
        seen.add(fiber);
        const n = (fiber.tag === 0 || fiber.tag === 1 || fiber.tag === 11 || fiber.tag === 14 || fiber.tag === 15) ? name(fiber) : null;
        if (n !== null && (fiber.flags & 1) === 1 && !previous.has(fiber)) counts.set(n, (counts.get(n) || 0) + 1);
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
      previous = seen;
    },
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    checkDCE() {},
  };
})();`;
