import { describe, expect, it } from 'vitest';
import { AFTER_FIRST_PAINT_ID, withScriptsAfterFirstPaint } from './afterFirstPaint';
import { EARLY_SHELL_SCRIPT } from './earlyShellScript';

const BUILT = [
  '<head>',
  '<script>/* the shell */</script>',
  '<script type="module" crossorigin src="./assets/index-abc.js"></script>',
  '<link rel="modulepreload" crossorigin href="./assets/store-abc.js">',
  '<link rel="preload" as="fetch" crossorigin="" href="./data/sco-map.json" data-early-load="">',
  '<link rel="modulepreload" crossorigin="" href="./assets/MapView-abc.js" data-early-load="">',
  '<style>.app{}</style>',
  '</head><body><div id="root"></div></body>',
].join('\n');

describe('scripts after the first paint', () => {
  const html = withScriptsAfterFirstPaint(BUILT);
  const head = html.slice(0, html.indexOf('<template'));
  const template = /<template id="([\w-]+)">(.*?)<\/template>/.exec(html);

  it('moves the module script and every modulepreload link into a template at the end of the head', () => {
    expect(template?.[1]).toBe(AFTER_FIRST_PAINT_ID);
    expect(template?.[2]).toBe(
      '<script type="module" crossorigin src="./assets/index-abc.js"></script><link rel="modulepreload" crossorigin href="./assets/store-abc.js"><link rel="modulepreload" crossorigin="" href="./assets/MapView-abc.js" data-early-load="">',
    );
    expect(html.indexOf('</template>')).toBeLessThan(html.indexOf('</head>'));
    expect(head).not.toContain('modulepreload');
    expect(head).not.toContain('type="module"');
  });

  it('keeps the inline script, the styles and the data preloads where they were', () => {
    expect(head).toContain('<script>/* the shell */</script>');
    expect(head).toContain('<style>.app{}</style>');
    expect(head).toContain('<link rel="preload" as="fetch" crossorigin="" href="./data/sco-map.json" data-early-load="">');
    expect(html.slice(html.indexOf('</head>'))).toBe('</head><body><div id="root"></div></body>');
  });

  it("is started by the shell's inline script, which looks for the template by its id", () => {
    expect(EARLY_SHELL_SCRIPT).toContain(`getElementById(${JSON.stringify(AFTER_FIRST_PAINT_ID)})`);
    expect(EARLY_SHELL_SCRIPT).toContain('first-contentful-paint');
  });

  it('fails the build on a page without a module script to move', () => {
    expect(() => withScriptsAfterFirstPaint('<head></head><body></body>')).toThrow(/no module script/);
  });
});
