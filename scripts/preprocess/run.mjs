// Entry point of `npm run preprocess`: the CLI (runCli.ts) from its prebuilt bundle (bundle.mjs),
// rebuilt first when a source has changed. `npx tsx scripts/preprocess/cli.ts` runs the same CLI
// from the TypeScript, unbundled.
import { pathToFileURL } from 'node:url';
import { pipelineBundle } from './bundle.mjs';

await import(pathToFileURL(await pipelineBundle()).href);
