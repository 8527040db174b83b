import { z } from 'zod';

// zod 4 compiles fast object parsers with `new Function`, which the page's Content Security
// Policy forbids (no eval). It reads this flag when each schema is built, so this module must be
// imported before any schema: main.tsx imports it first.
z.config({ jitless: true });
