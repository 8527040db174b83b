// With extensions: the build's config loader renders this file in Node and wants them.
import { LoadingState } from '../components/LoadingState.tsx';
import { AppBrand } from './AppBrand.tsx';

/**
 * The nodes of the shell index.html came with (scripts/build/loadingShell.ts: the map-first
 * dashboard with its early outlines), taken before the app's first render clears the page's root;
 * empty in tests and on the dev server.
 */
let builtShell: readonly Node[] = typeof document === 'undefined' ? [] : [...(document.querySelector('#root > .early-shell')?.childNodes ?? [])];

/**
 * Puts the built shell's own nodes back, as they were painted, before the browser paints again;
 * once the shell gives way to the app, lets them go (held here, the ~470 detached nodes would
 * stay alive for the life of the page).
 */
const adoptBuiltShell = (holder: HTMLDivElement | null) => {
  if (holder !== null) holder.append(...builtShell);
  else builtShell = [];
};

/**
 * What the page shows until the map view is in. In a build: the shell index.html painted, its very
 * nodes kept (the early map would otherwise blink out until the map view draws). Without one: the
 * title and a loading line, which the build also writes into index.html when it has no map file. No
 * CSS imports here (nor in what it imports): the build renders it in Node.
 */
export function LoadingShell() {
  if (builtShell.length > 0) return <div className="early-shell" inert ref={adoptBuiltShell} />;
  return (
    <div className="app">
      <header className="app-header">
        <AppBrand />
      </header>
      <main className="app-loading">
        <LoadingState label="Loading SCO Atlas data…" />
      </main>
    </div>
  );
}
