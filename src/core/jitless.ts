/**
 * zod probes whether it may compile faster parsers with `new Function`, and reads the global
 * `navigator` on the way. Neither is welcome here: the panel's CSP forbids eval (the probe would
 * log a violation), and VS Code's extension host logs `PendingMigrationError: navigator is now a
 * global` on every read of `navigator`. Each entry point (extension, CLI, webview) imports this
 * first, before any schema is built: zod decides at construction time.
 */
import * as z from 'zod';

z.config({ jitless: true });
