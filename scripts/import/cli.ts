/** Entry point of `npm run import`; see runImport.ts for the options. */
import { main } from './runImport';

process.exitCode = await main(process.argv.slice(2));
