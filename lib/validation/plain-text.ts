import type { z } from 'zod';

// Names and descriptions are read by people: a character that is invisible, moves the cursor or reverses the text
// around it makes one name look like another ("probe_\u202Eevil" displays as "probe_live"). The console refuses
// them in everything it creates and shows them escaped where Elasticsearch already holds them.

const NAMED: Record<number, string> = {
  0x00: 'null',
  0x09: 'tab',
  0x0a: 'line feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0x061c: 'Arabic letter mark',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

/** C0 and C1 controls, the bidirectional controls, and unpaired surrogate halves (not a character at all). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.source;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u.source;
const UNSAFE = new RegExp(`${CONTROLS}|${LONE_SURROGATE}`, 'u');
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "U+202E (right-to-left override)", or undefined when the text has no such character. */
export function unsafeCharacterIn(text: string): string | undefined {
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return `${codePointLabel(code)} (half of a surrogate pair, alone)`;
  const name = NAMED[code] ?? (code < 0xa0 ? 'control character' : 'formatting character');
  return `${codePointLabel(code)} (${name})`;
}

/** The message a field gets for such a character: it names the character, since it cannot be seen. */
export function unsafeCharacterMessage(character: string): string {
  return `must not contain ${character}: it is invisible or changes how the text around it is displayed`;
}

/** Adds the rule to a text schema. */
export function plainText<T extends z.ZodType<string>>(schema: T) {
  return schema.superRefine((value, ctx) => {
    const character = unsafeCharacterIn(value);
    if (character) ctx.addIssue({ code: 'custom', message: unsafeCharacterMessage(character) });
  });
}

export interface TextPart {
  text: string;
  /** The part is the escape of one such character (\u202E), to be shown as such. */
  escaped: boolean;
}

/** The text cut around such characters, each written out as its escape, for a display that marks them. */
export function visibleParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(UNSAFE_ALL)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), escaped: false });
    parts.push({ text: visibleText(match[0]), escaped: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), escaped: false });
  return parts;
}

/**
 * The text with every such character written out as a visible escape (\u202E), for names Elasticsearch already
 * holds: the person sees what is really there instead of the reordered text.
 */
export function visibleText(text: string): string {
  return text.replace(
    UNSAFE_ALL,
    (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
