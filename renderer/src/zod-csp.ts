import { z } from 'zod';

/**
 * zod 4 compiles object parsers with `new Function` when it can, and probes
 * for that at each object schema's construction. The window's CSP forbids
 * eval, and Chromium reports the probe as a violation even though zod catches
 * it. Jitless mode skips both. This module must be evaluated before any
 * schema is built, so main.ts imports it first.
 */
z.config({ jitless: true });
