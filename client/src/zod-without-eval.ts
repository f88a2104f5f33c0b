import { z } from 'zod'

// zod compiles object parsers with `new Function` when it may; the admin app's
// Content-Security-Policy forbids eval, and zod's probe for it would be reported
// as a violation on every load. Imported first by main.tsx, before any schema is made.
z.config({ jitless: true })
