import { renderToStaticMarkup } from 'react-dom/server';
import { checkMapFile } from '../model/parse';
import { earlyOutline } from '../views/map/earlyOutline';
import { EarlyOutlineContext } from '../views/map/EarlyMap';
import { worldShapesResource } from '../views/map/worldShapesResource';
import { Dashboard, whenMapViewLoaded } from './App';

/**
 * The loading shell as the build writes it into index.html (scripts/build/loadingShell.ts): the
 * dashboard exactly as the app first shows it from the map file (its header, the map view with its
 * legend and slider, the other regions loading), its stage holding the outlines projected at build
 * time in the colours of the year shown. Same components, same data, so the map the app draws
 * lands where these outlines are painted. Rendered in Node, at build time only.
 */
export async function renderEarlyShell(mapFileJson: unknown): Promise<string> {
  const map = checkMapFile(mapFileJson);
  if (!map.ok) throw new Error(`loading shell: the map file does not check: ${map.problem.title}`);
  await whenMapViewLoaded;
  const outline = earlyOutline(await worldShapesResource());
  return renderToStaticMarkup(
    <EarlyOutlineContext.Provider value={outline}>
      <Dashboard map={map.data} core={null} mismatch={null} />
    </EarlyOutlineContext.Provider>,
  );
}
