import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may; probing for that is an eval that
// our Content-Security-Policy (script-src 'self', no 'unsafe-eval') blocks and reports. The
// interpreted parsers are fast enough for forms. Imported first by main.tsx, before any parse.
z.config({ jitless: true });
