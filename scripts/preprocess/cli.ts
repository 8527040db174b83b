/** Entry point of `npm run preprocess`; see runCli.ts for the options. */
import { main } from './runCli';

process.exitCode = await main(process.argv.slice(2));
