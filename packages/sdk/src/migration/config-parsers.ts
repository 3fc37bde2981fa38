/** One setting of a configuration file: its key path as written and its value as text. */
export interface ConfigEntry {
  /** The key's segments, such as `['Vdx', 'StsEndpoint']` or `['vdx.sts.endpoint']`. */
  path: string[];
  value: string;
}

/**
 * Parses a .NET-style JSON settings file such as `appsettings.json` into leaf entries.
 *
 * The .NET configuration reader accepts `//` and block comments and trailing commas, so this
 * parser removes them first. Keys that contain `:` or `__` (the .NET separators for flat keys)
 * are split into segments. Arrays become segments named by index.
 *
 * @throws {SyntaxError} when the text is not JSON after comments and trailing commas are removed.
 */
export function parseJsonSettings(text: string): ConfigEntry[] {
  const parsed: unknown = JSON.parse(removeTrailingCommas(removeJsonComments(stripBom(text))));
  const entries: ConfigEntry[] = [];
  collectLeaves(parsed, [], entries);
  return entries;
}

function collectLeaves(value: unknown, path: string[], entries: ConfigEntry[]): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      collectLeaves(item, [...path, String(index)], entries);
    }
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      collectLeaves(child, [...path, ...key.split(/:|__/)], entries);
    }
    return;
  }
  if (value === null || value === undefined) return;
  entries.push({ path, value: String(value) });
}

/** Removes `//` and block comments outside of JSON strings. */
function removeJsonComments(text: string): string {
  let result = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const next = text[index + 1];
    if (char === '"') {
      const end = endOfString(text, index);
      result += text.slice(index, end);
      index = end;
    } else if (char === '/' && next === '/') {
      index = text.indexOf('\n', index);
      if (index === -1) index = text.length;
    } else if (char === '/' && next === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 2;
    } else {
      result += char;
      index += 1;
    }
  }
  return result;
}

/** Removes commas that directly precede `}` or `]`, outside of JSON strings. */
function removeTrailingCommas(text: string): string {
  let result = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      const end = endOfString(text, index);
      result += text.slice(index, end);
      index = end;
      continue;
    }
    if (char === ',' && /^\s*[}\]]/.test(text.slice(index + 1))) {
      index += 1;
      continue;
    }
    result += char;
    index += 1;
  }
  return result;
}

/** Returns the index just after the JSON string that starts at `start`. */
function endOfString(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === '\\') index += 2;
    else if (text[index] === '"') return index + 1;
    else index += 1;
  }
  return text.length;
}

/**
 * Parses a Java `.properties` file with the rules of `java.util.Properties.load`: `#` and `!`
 * comments, `=`, `:` or whitespace between key and value, a trailing backslash continues the
 * line, and `\t`, `\n`, `\r`, `\f` and `\uXXXX` escapes. A backslash before any other character
 * is dropped, so a Windows path must be written with `\\` or `/`. A repeated key keeps its
 * last value, as in Java.
 */
export function parseProperties(text: string): ConfigEntry[] {
  const values = new Map<string, string>();
  for (const line of logicalLines(stripBom(text))) {
    const { key, value } = splitProperty(line);
    values.set(unescapeProperty(key), unescapeProperty(value));
  }
  return [...values].map(([key, value]) => ({ path: [key], value }));
}

/** Joins continued lines and drops blank lines and comments. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let pending: string | undefined;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line =
      pending === undefined ? raw.replace(/^\s+/, '') : pending + raw.replace(/^\s+/, '');
    if (pending === undefined && (line === '' || line.startsWith('#') || line.startsWith('!'))) {
      continue;
    }
    if (endsWithContinuation(line)) {
      pending = line.slice(0, -1);
      continue;
    }
    pending = undefined;
    lines.push(line);
  }
  if (pending !== undefined && pending !== '') lines.push(pending);
  return lines;
}

function endsWithContinuation(line: string): boolean {
  const backslashes = line.match(/\\*$/)?.[0].length ?? 0;
  return backslashes % 2 === 1;
}

function splitProperty(line: string): { key: string; value: string } {
  let index = 0;
  while (index < line.length) {
    const char = line[index];
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (char === '=' || char === ':' || char === ' ' || char === '\t' || char === '\f') break;
    index += 1;
  }
  const key = line.slice(0, index);
  const rest = line.slice(index).replace(/^[ \t\f]*/, '');
  const value = /^[=:]/.test(rest) ? rest.slice(1).replace(/^[ \t\f]*/, '') : rest;
  return { key, value };
}

const PROPERTY_ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', f: '\f' };

function unescapeProperty(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_match, sequence: string) => {
    if (sequence.length === 5) return String.fromCharCode(Number.parseInt(sequence.slice(1), 16));
    return PROPERTY_ESCAPES[sequence] ?? sequence;
  });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
