/**
 * zod probes `new Function` to compile faster parsers; the panel's CSP forbids eval, so
 * the probe would only log a violation. Imported first, before any schema is used.
 */
import * as z from 'zod';

z.config({ jitless: true });
