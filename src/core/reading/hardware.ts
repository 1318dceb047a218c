/**
 * What the team says its machines lack: "No GPUs, no Kubernetes", "we don't have a GPU", "CPU only".
 * A plan that needs a GPU for training says so against these words instead of assuming one is there.
 */

const NO_GPU =
  /\b(?:no|zero)\s+(?:[\w-]+\s+)?gpus?\b(?!\s+(?:shortage|issues?|problems?|needed|required))|\b(?:do(?:n['’]t| not)|does(?:n['’]t| not)|never)\s+(?:have|own|get|run on)\s+(?:a\s+|any\s+)?(?:[\w-]+\s+)?gpus?\b|\bwithout\s+(?:a\s+|any\s+)?gpus?\b|\bcpu[- ]only\b|\bonly\s+(?:have\s+)?cpus?\b/i;

/** The words in which the team says it has no GPU, or null. */
export function noGpuSaid(text: string): string | null {
  return NO_GPU.exec(text)?.[0] ?? null;
}
