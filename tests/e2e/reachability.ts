/**
 * Can a person reach every control? For each visible control of the page (or of one part of it):
 * scroll it into view, then check that it has a box inside the window, that nothing else covers its
 * centre (document.elementFromPoint) and, on a touch screen, that it is at least 44 px each way
 * (WCAG 2.5.5; links inside running text are exempt, as WCAG allows).
 */
import type { Page } from 'playwright-core';

export interface ReachOptions {
  /** Only the controls inside this element (a CSS selector); the whole body by default. */
  within?: string;
  /** Least width and height of a control in px (44 on phones and tablets); 0 to skip. */
  minTarget?: number;
}

export interface ReachReport {
  checked: number;
  problems: string[];
}

const CONTROLS = 'button, input, select, textarea, a[href], [role="slider"], [role="button"], [role="combobox"], [tabindex="0"]';

export async function unreachableControls(page: Page, options: ReachOptions = {}): Promise<ReachReport> {
  return page.evaluate(
    ({ within, minTarget, selector }) => {
      const root = within === null ? document.body : document.querySelector(within);
      if (root === null) return { checked: 0, problems: [`nothing matches ${within}`] };
      const describe = (el: Element) => {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
        return `${el.tagName.toLowerCase()}${el.getAttribute('role') !== null ? `[role=${el.getAttribute('role')}]` : ''} “${name}”`;
      };
      // Controls a person is meant to see: not hidden, not inside a closed dialog or a screen-reader-only box.
      const shown = (el: Element) => {
        if (el.closest('.visually-hidden, dialog:not([open]), [hidden], [aria-hidden="true"]') !== null) return false;
        for (let a: Element | null = el; a !== null; a = a.parentElement) {
          const style = getComputedStyle(a);
          if (style.display === 'none' || style.visibility === 'hidden') return false;
        }
        return true;
      };
      // A link inside a sentence (a source, a citation) is inline text, exempt from the target size:
      // its block (paragraph, list item) says more than the link alone.
      const inlineLink = (el: Element) => {
        if (el.tagName !== 'A') return false;
        let block = el.parentElement;
        while (block !== null && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        return block !== null && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 2;
      };
      const controls = [...root.querySelectorAll(selector)].filter(shown);
      // A control nested in another control (an icon button's inner svg with tabindex) is checked as its outer one.
      const outer = controls.filter((el) => !controls.some((other) => other !== el && other.contains(el) && other.matches(selector)));
      const problems: string[] = [];
      for (const el of outer) {
        el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) {
          problems.push(`${describe(el)} has an empty box (${Math.round(box.width)}×${Math.round(box.height)})`);
          continue;
        }
        // A link that wraps onto two lines: aim at the middle of its first line, where its text is.
        const line = el.getClientRects()[0] ?? box;
        const x = line.left + line.width / 2;
        const y = line.top + line.height / 2;
        if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) {
          problems.push(`${describe(el)} stays outside the window at ${Math.round(x)},${Math.round(y)}`);
          continue;
        }
        const hit = document.elementFromPoint(x, y);
        const label = el.closest('label');
        if (hit === null || !(el === hit || el.contains(hit) || (label !== null && label.contains(hit)))) {
          problems.push(`${describe(el)} is covered at its centre by ${hit === null ? 'nothing' : describe(hit)}`);
          continue;
        }
        if (minTarget > 0 && !inlineLink(el) && (box.width < minTarget - 0.5 || box.height < minTarget - 0.5)) {
          problems.push(`${describe(el)} is ${Math.round(box.width)}×${Math.round(box.height)} px, under ${minTarget} px`);
        }
      }
      return { checked: outer.length, problems };
    },
    { within: options.within ?? null, minTarget: options.minTarget ?? 0, selector: CONTROLS },
  );
}
