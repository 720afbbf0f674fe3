// Advice written for administrators names console pages by their path; the browser turns those into links.

const CONSOLE_PATH = /(\/(?:remote-clusters|roles|users|api-keys|api-docs)(?:\/[A-Za-z0-9_\-%]+)*)/g;

export interface TextPart {
  text: string;
  /** Set when this part is a console path. */
  path?: string;
}

/** The text in order, with each console path as a part of its own (a sentence's final "." stays text). */
export function splitConsolePaths(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CONSOLE_PATH)) {
    const start = match.index;
    // Only a path that starts a word: "a/roles" or "https://x/roles" is not one of ours.
    if (start > 0 && !/[\s(]/.test(text[start - 1] ?? '')) continue;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: match[0], path: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
