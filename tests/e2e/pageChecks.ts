/**
 * Checks the hardening tests run on a page: traps that notice script from the data running, CSP
 * violations, links to anything but http(s), horizontal overflow, text spilling out of a panel and
 * text that a stray right-to-left override turned around.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppSession } from './browser';

interface TrapWindow {
  __pwned?: unknown;
  __cspViolations?: string[];
}

export interface PageTraps {
  /** alert/confirm/prompt dialogs the page opened (each is dismissed). */
  dialogs: string[];
  /** `window.__pwned` (set by every payload in the hostile corpus) and the CSP violations seen. */
  read: () => Promise<{ pwned: unknown; cspViolations: string[] }>;
}

/** Installs the traps before any page script runs; they hold for every navigation of the page. */
export async function installTraps(page: Page): Promise<PageTraps> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as TrapWindow;
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return {
    dialogs,
    read: () =>
      page.evaluate(() => {
        const w = window as unknown as TrapWindow;
        return { pwned: w.__pwned, cspViolations: w.__cspViolations ?? [] };
      }),
  };
}

/**
 * Every link and embedded resource in the page body whose address is not http(s) (relative
 * addresses resolve to the app's own http origin; `#…` stays on the page). blob: and data: are
 * allowed only where the app draws its own pictures (img, the export's object URLs), never on links.
 */
export async function unsafeAddresses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const check = (el: Element, attr: string, allowed: string[]) => {
      const raw = el.getAttribute(attr);
      if (raw === null) return;
      let protocol: string;
      try {
        protocol = new URL(raw, document.baseURI).protocol;
      } catch {
        bad.push(`${el.tagName.toLowerCase()}[${attr}] unparsable: ${raw.slice(0, 120)}`);
        return;
      }
      if (!allowed.includes(protocol)) bad.push(`${el.tagName.toLowerCase()}[${attr}]=${raw.slice(0, 120)}`);
    };
    for (const el of document.body.querySelectorAll('[href]')) check(el, 'href', ['http:', 'https:']);
    for (const el of document.body.querySelectorAll('[*|href]:not([href])')) {
      for (const attr of el.getAttributeNames().filter((n) => n.endsWith('href'))) check(el, attr, ['http:', 'https:']);
    }
    for (const el of document.body.querySelectorAll('[src]')) check(el, 'src', el.tagName === 'IMG' ? ['http:', 'https:', 'blob:', 'data:'] : ['http:', 'https:']);
    for (const el of document.body.querySelectorAll('[action], [formaction]')) check(el, el.hasAttribute('action') ? 'action' : 'formaction', ['http:', 'https:']);
    return bad;
  });
}

/** Elements the data must never create: they only appear if text was parsed as HTML. */
export async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('script, iframe, object, embed, [onerror], [onload], [onclick], [onmouseover], img[src="x"], h1[onclick], b[onmouseover]')].map(
      (el) => el.outerHTML.slice(0, 160),
    ),
  );
}

/** How far the page is wider than the window (0 when nothing overflows sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/**
 * Panels that leave the window sideways, and lines of text that stick out of their panel (a
 * 1,200-letter word that does not wrap). Each panel is named by its selector.
 */
export async function spillsOutOf(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const found: string[] = [];
    for (const selector of list) {
      for (const panel of document.querySelectorAll(selector)) {
        const box = panel.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.left < -1 || box.right > window.innerWidth + 1) found.push(`${selector} spans ${Math.round(box.left)}–${Math.round(box.right)} in a ${window.innerWidth}px window`);
        const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if ((node.textContent ?? '').trim() === '') continue;
          // Text for screen readers only sits in a 1px clipped box; it is not drawn.
          const holder = node.parentElement;
          if (holder === null || holder.closest('.visually-hidden') !== null || holder.getBoundingClientRect().width <= 1) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const outside = [...range.getClientRects()].find((r) => r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1));
          if (outside !== undefined) {
            found.push(`${selector}: text "${(node.textContent ?? '').slice(0, 40)}…" runs to ${Math.round(outside.right)} past the panel's ${Math.round(box.right)}`);
            break;
          }
        }
      }
    }
    return found;
  }, selectors);
}

/**
 * Visible places where `text` (left-to-right characters, e.g. a date) is drawn right to left: a
 * right-to-left override in a title that is not isolated turns the text after it around
 * ("2023-07-04" shows as "40-70-3202"). Returns where it happened.
 */
export async function reversedText(page: Page, text: string): Promise<string[]> {
  return page.evaluate((needle) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(needle);
      if (at < 0) continue;
      const first = document.createRange();
      first.setStart(node, at);
      first.setEnd(node, at + 1);
      const last = document.createRange();
      last.setStart(node, at + needle.length - 1);
      last.setEnd(node, at + needle.length);
      const a = first.getBoundingClientRect();
      const b = last.getBoundingClientRect();
      if (a.width === 0 || b.width === 0 || Math.abs(a.top - b.top) > 2) continue;
      if (a.left > b.left) {
        const holder = node.parentElement;
        found.push(`${holder?.tagName.toLowerCase() ?? '?'}.${holder?.className ?? ''} in “${(holder?.closest('li, p, cite, section')?.textContent ?? '').slice(0, 80)}”`);
      }
    }
    return found;
  }, text);
}

/** After each step of a hardening test: no payload ran, no dialog opened, no CSP violation, nothing fetched off the origin, no console error. */
export async function expectNothingRan(traps: PageTraps, session: Pick<AppSession, 'foreignRequests' | 'consoleErrors'>): Promise<void> {
  const { pwned, cspViolations } = await traps.read();
  expect(pwned, 'window.__pwned set by a payload').toBeUndefined();
  expect(traps.dialogs, 'alert/confirm/prompt opened').toEqual([]);
  expect(cspViolations, 'CSP violations').toEqual([]);
  expect(session.foreignRequests, 'requests off the app’s origin').toEqual([]);
  expect(session.consoleErrors, 'console errors').toEqual([]);
}
