/**
 * Control characters that a terminal would act on instead of printing: C0 controls other than
 * tab and newline, DEL, C1 controls, and the Unicode bidirectional overrides and isolates that
 * can reorder the displayed text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text from the API safe to print on a terminal: each unsafe control character becomes a
 * visible `\u{...}` escape, so a device name cannot move the cursor, retitle the window or
 * reorder a line.
 */
export function toTerminalText(text: string): string {
  return text.replace(
    UNSAFE_CHARACTERS,
    (character) => `\\u{${character.codePointAt(0)?.toString(16).padStart(4, '0')}}`,
  );
}
