/**
 * The one protocol between the extension host and the webview: a zod discriminated
 * union per direction. Both sides `safeParse` everything they receive; the webview
 * is untrusted input, and a bad message is logged and dropped, never acted on.
 */
import * as z from 'zod/mini';
import { ArchitectureSchema } from './model/architecture';
import { AnswerValueSchema, InterviewViewSchema } from './interview/questions';

export const PROTOCOL_VERSION = 1;

const LintSummarySchema = z.object({
  errors: z.int().check(z.minimum(0)),
  warnings: z.int().check(z.minimum(0)),
  infos: z.int().check(z.minimum(0)),
  items: z.array(
    z.object({
      rule: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      message: z.string(),
      line: z.int().check(z.minimum(1)),
    }),
  ),
});
export type LintSummary = z.infer<typeof LintSummarySchema>;

/** Host → webview. */
export const HostMessageSchema = z.discriminatedUnion('type', [
  /** The interview as it stands: sent after `ready` and after every accepted intent. */
  z.object({
    type: z.literal('interview'),
    view: InterviewViewSchema,
    architecture: ArchitectureSchema,
    /**
     * The rendered document, its HTML preview (markdown-it, raw HTML off, rendered by the host) and
     * its lint results, in the document phase.
     */
    preview: z.nullable(z.object({ markdown: z.string(), html: z.string(), lint: LintSummarySchema })),
    /** Whether the workspace is trusted (writing needs trust). */
    canWrite: z.boolean(),
    /** Where Write puts the document, relative to the workspace (the documentPath setting). */
    documentPath: z.string().check(z.minLength(1), z.maxLength(1000)),
    /**
     * The current question's answer as last edited and not confirmed, kept by the host: the form
     * starts from it when the webview's own state was lost (a window reload in its last seconds).
     */
    unconfirmed: z.optional(AnswerValueSchema),
  }),
  /**
   * The DAG of an answer the user is still editing (cards moved on the board, steps being
   * rewritten), not yet confirmed: the interview state is unchanged.
   */
  z.object({ type: z.literal('draft'), questionId: z.string().check(z.minLength(1), z.maxLength(200)), architecture: ArchitectureSchema }),
  /** DAG-only mode: the architecture parsed from an existing document. */
  z.object({ type: z.literal('document'), file: z.string(), architecture: ArchitectureSchema }),
  /** A one-line outcome to show (an answer refused, a file written, …). */
  z.object({ type: z.literal('notice'), level: z.enum(['info', 'error']), text: z.string() }),
]);
export type HostMessage = z.infer<typeof HostMessageSchema>;

/** Webview → host: intents only; the host and the core decide. */
export const WebviewMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), protocol: z.literal(PROTOCOL_VERSION) }),
  z.object({ type: z.literal('answer'), questionId: z.string().check(z.minLength(1), z.maxLength(200)), value: AnswerValueSchema }),
  /** What the answer being edited would make of the architecture; nothing is kept. */
  z.object({ type: z.literal('draft'), questionId: z.string().check(z.minLength(1), z.maxLength(200)), value: AnswerValueSchema }),
  /** Go back to an earlier question; answers after it are recomputed when it is answered again. */
  z.object({ type: z.literal('revisit'), questionId: z.string().check(z.minLength(1), z.maxLength(200)) }),
  z.object({ type: z.literal('reset') }),
  /** Read the description again with the language model, or offline (the panel's "read by" control). */
  z.object({ type: z.literal('reader'), use: z.enum(['model', 'offline']) }),
  z.object({ type: z.literal('write') }),
  z.object({ type: z.literal('export'), format: z.enum(['svg', 'mermaid']) }),
]);
export type WebviewMessage = z.infer<typeof WebviewMessageSchema>;

/** An answer being edited, as the host keeps it between sessions. */
export const UnconfirmedSchema = z.object({ questionId: z.string().check(z.minLength(1), z.maxLength(200)), value: AnswerValueSchema });
export type Unconfirmed = z.infer<typeof UnconfirmedSchema>;
