/**
 * What a person reads in a card: text blocks, facts, choices and button titles — not ids, verbs or URLs
 * behind links. Used to judge answers (evaluation, tests) on what the user sees.
 */
import type { Reply } from './reply.js';

export function visibleText(reply: Reply): string {
  if (reply.kind === 'text') return reply.text;
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    if (element.type === 'TextBlock' && typeof element.text === 'string') parts.push(stripLinks(element.text));
    if (element.type === 'FactSet' && Array.isArray(element.facts)) {
      for (const fact of element.facts as Array<{ title: string; value: string }>)
        parts.push(`${fact.title}: ${stripLinks(fact.value)}`);
    }
    if (typeof element.type === 'string' && element.type.startsWith('Action.') && typeof element.title === 'string') {
      parts.push(element.title);
    }
    if (element.type === 'Input.ChoiceSet' && Array.isArray(element.choices)) {
      for (const choice of element.choices as Array<{ title: string }>) parts.push(choice.title);
    }
    for (const key of ['body', 'items', 'columns', 'actions']) walk(element[key]);
  };
  walk(reply.card.body);
  walk(reply.card.actions);
  return parts.join('\n');
}

/** "[label](url)" → "label". */
function stripLinks(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}
