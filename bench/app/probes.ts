/**
 * Code that runs inside the page. Kept as plain JavaScript strings: functions compiled by tsx
 * may carry helper calls (`__name`) that do not exist in the page.
 *
 * "Painted" is taken as the moment after the next animation frame: a requestAnimationFrame
 * callback runs just before the frame is rendered, and a message posted from it is delivered
 * after that frame.
 */

/** Installed before any page script: notes when the first country shape (a path with geometry) appears and is painted. */
export const MAP_VISIBLE_PROBE = `(() => {
  const bench = { mapFoundAt: null, mapVisibleAt: null };
  window.__scoBench = bench;
  const afterPaint = (callback) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback();
    channel.port2.postMessage(null);
  });
  const shape = () => {
    const found = document.querySelector('path[data-iso3], [data-iso3] path');
    return found && (found.getAttribute('d') || '').length > 0 ? found : null;
  };
  const check = () => {
    if (bench.mapFoundAt !== null || shape() === null) return;
    bench.mapFoundAt = performance.now();
    observer.disconnect();
    afterPaint(() => { bench.mapVisibleAt = performance.now(); });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['d', 'data-iso3'] });
})();`;

/** Reads what the probe saw plus the data file's fetch timing. */
export const READ_MAP_VISIBLE = `(() => {
  const bench = window.__scoBench || {};
  const nav = performance.getEntriesByType('navigation')[0];
  const data = performance.getEntriesByType('resource').find((e) => e.name.includes('sco.json'));
  return {
    mapFoundAt: bench.mapFoundAt ?? null,
    mapVisibleAt: bench.mapVisibleAt ?? null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    dataResponseEnd: data ? data.responseEnd : null,
    dataBytes: data ? data.decodedBodySize : null,
    shapes: document.querySelectorAll('[data-iso3]').length,
  };
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
