/** Entry point of `npm run preprocess`; see runCli.ts for the options. */
import { setFlagsFromString } from 'node:v8';
import { main } from './runCli';

// A smaller budget for what V8 inlines into one optimised function. The pipeline has many small
// hot functions, and with the default budget the optimiser re-inlined them into a few very large
// ones (the article loop, the core builder), each compiled several times: the compiler then cost
// more CPU than it saved. Only how V8 compiles changes, never what the code computes.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');

process.exitCode = await main(process.argv.slice(2));
