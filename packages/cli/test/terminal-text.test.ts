import { describe, expect, it } from 'vitest';
import { formatDetails } from '../src/output/table.js';
import { toTerminalText } from '../src/output/terminal-text.js';

describe('toTerminalText', () => {
  it('shows escape sequences as visible text', () => {
    expect(toTerminalText('evil\u001b]0;pwned\u0007\u001b[2J')).toBe(
      'evil\\u{001b}]0;pwned\\u{0007}\\u{001b}[2J',
    );
  });

  it('shows bidirectional overrides as visible text', () => {
    expect(toTerminalText('invoice\u202egpj.exe')).toBe('invoice\\u{202e}gpj.exe');
  });

  it('keeps newlines, tabs and non-ASCII letters', () => {
    expect(toTerminalText('Venteværelse\tkiosk\nÆblegården')).toBe(
      'Venteværelse\tkiosk\nÆblegården',
    );
  });
});

describe('formatDetails', () => {
  it('indents further lines of a value', () => {
    const text = formatDetails([
      ['Description', 'Normal\nOwner:  region-demo'],
      ['Owner', 'kommune-demo'],
    ]);

    expect(text).toBe(
      'Description:  Normal\n              Owner:  region-demo\nOwner:        kommune-demo',
    );
  });
});
