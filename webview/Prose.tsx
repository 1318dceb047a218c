/**
 * The engine's sentences (prompts, reasons, push-back) quote names as Markdown code spans,
 * e.g. "registers every run as a new version of `fraud_detector`". Drawn as <code>, not as
 * literal backticks; everything else stays plain text (no markup from the user's words).
 */
export function Prose({ text }: { text: string }) {
  const parts = text.split('`');
  // An odd count of backticks leaves the last one unpaired: keep it as text.
  if (parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
