/**
 * Which prompt a team gets next: its tracks in turn, never a prompt twice until every prompt of its
 * tracks has been sent; then the library starts over.
 */
import type { KnowledgeBase, PromptEntry } from '../../kb/schema.js';

export function nextPrompt(
  kb: KnowledgeBase,
  tracks: readonly string[],
  sent: readonly string[],
): { prompt: PromptEntry; restart: boolean } | undefined {
  const library = kb.entries.filter(
    (entry): entry is PromptEntry => entry.kind === 'prompt' && tracks.includes(entry.track),
  );
  if (library.length === 0) return undefined;
  const done = new Set(sent);
  const restart = library.every((prompt) => done.has(prompt.id));
  const remaining = restart ? library : library.filter((prompt) => !done.has(prompt.id));
  // Take turns over the tracks: the track that had the fewest prompts so far goes next.
  const count = (track: string) =>
    sent.filter((id) => library.find((prompt) => prompt.id === id)?.track === track).length;
  const order = [...new Set(remaining.map((prompt) => prompt.track))].sort(
    (a, b) => count(a) - count(b) || tracks.indexOf(a) - tracks.indexOf(b),
  );
  const track = order[0];
  const prompt = remaining.find((candidate) => candidate.track === track) ?? remaining[0];
  return prompt === undefined ? undefined : { prompt, restart };
}
