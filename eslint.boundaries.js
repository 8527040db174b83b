/**
 * The layers of src/ and which way imports may run between them, as zones for
 * import-x/no-restricted-paths: each zone forbids files under `target` to import from `from`.
 *   model, state  <-  components  <-  views  <-  app (the shell; only main.tsx imports it)
 * A view never imports another view: views meet through the store.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function viewFolders(root) {
  return readdirSync(join(root, 'src/views'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

export function layerBoundaries(root) {
  const zone = (target, from, message, except) => ({ target: `./src/${target}`, from: `./src/${from}`, message, ...(except ? { except } : {}) });
  const below = 'is below it: imports run model, state <- components <- views <- app';
  return [
    ...['state', 'components', 'views', 'app'].map((layer) => zone('model', layer, `src/model ${below}.`)),
    ...['components', 'views', 'app'].map((layer) => zone('state', layer, `src/state ${below}.`)),
    ...['views', 'app'].map((layer) => zone('components', layer, `src/components ${below}.`)),
    zone('views', 'app', `A view ${below}.`),
    ...viewFolders(root).map((view) =>
      zone(`views/${view}`, 'views', `A view never imports another view; they meet through the store (src/state).`, [`./${view}`]),
    ),
  ];
}
