import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { plainText, unsafeCharacterIn, visibleParts, visibleText } from './plain-text';

describe('plain text', () => {
  it.each([
    ['probe_\u202Eevil', 'U+202E (right-to-left override)'],
    ['a\nb', 'U+000A (line feed)'],
    ['a\r\nb', 'U+000D (carriage return)'],
    ['a\u0085b', 'U+0085 (control character)'],
    ['a\u2067b', 'U+2067 (right-to-left isolate)'],
    ['a\ud800b', 'U+D800 (half of a surrogate pair, alone)'],
    ['a\udc00', 'U+DC00 (half of a surrogate pair, alone)'],
  ])('names the character in %j', (text, expected) => {
    expect(unsafeCharacterIn(text)).toBe(expected);
  });

  it.each(['logs-*', 'Équipe données', '日本語', 'emoji 😀 pair', 'arabic مرحبا'])('accepts %j', (text) => {
    expect(unsafeCharacterIn(text)).toBeUndefined();
  });

  it('adds the rule to a schema, with the character in the message', () => {
    const result = plainText(z.string()).safeParse('x\u202Ey');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('U+202E');
  });

  it('writes such characters out visibly and leaves the rest', () => {
    expect(visibleText('probe_\u202Eevil')).toBe('probe_\\u202Eevil');
    expect(visibleText('a\tb\ud800')).toBe('a\\u0009b\\uD800');
    expect(visibleText('😀 ok')).toBe('😀 ok');
  });

  it('cuts the text around them for a display that marks each', () => {
    expect(visibleParts('probe_\u202Eevil')).toEqual([
      { text: 'probe_', escaped: false },
      { text: '\\u202E', escaped: true },
      { text: 'evil', escaped: false },
    ]);
    expect(visibleParts('plain')).toEqual([{ text: 'plain', escaped: false }]);
  });
});
