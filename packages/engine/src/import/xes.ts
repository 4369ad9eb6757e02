import { once } from 'node:events';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { DetectedFile } from './detect.ts';

/** XES attribute elements (IEEE 1849); nested ones (inside another attribute) are skipped. */
const ATTRIBUTE_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container']);

/** Key of the XML line of an event in the NDJSON written by {@link xesToNdjson}. */
export const XES_LINE_KEY = '@line';

/** Outcome of converting an XES log. */
export interface XesConversion {
  events: number;
  traces: number;
  /** The log is not well-formed from this line on; what came before was converted. */
  error: { line: number; message: string } | null;
}

/**
 * Streams an XES log (`.xes` or `.xes.gz`) to NDJSON at `target`: one object per event with
 * the event's attributes, the trace's attributes prefixed `case:` (so the trace name is
 * `case:concept:name`, as pm4py flattens it) and the event's XML line under
 * {@link XES_LINE_KEY}. DuckDB then bulk-loads the NDJSON; no log is held in memory
 * beyond one trace.
 */
export async function xesToNdjson(
  file: DetectedFile,
  target: string,
  onFraction: (fraction: number) => void = () => {},
): Promise<XesConversion> {
  const size = statSync(file.path).size || 1;
  const input = createReadStream(file.path);
  const out = createWriteStream(target);
  let bytes = 0;
  input.on('data', (chunk) => {
    bytes += chunk.length;
  });
  const text = (file.gzip ? input.pipe(createGunzip()) : input).setEncoding('utf8');
  const converter = new XesConverter();
  let lastReport = 0;
  for await (const chunk of text) {
    converter.write(chunk as string);
    if (converter.output.length > 1 << 20 && !out.write(converter.take())) await once(out, 'drain');
    if (converter.result.error) break;
    if (bytes - lastReport > size / 100) {
      lastReport = bytes;
      onFraction(bytes / size);
    }
  }
  input.destroy();
  converter.close();
  out.end(converter.take());
  await once(out, 'finish');
  return converter.result;
}

/**
 * Turns SAX events into NDJSON lines, one trace at a time. Lines are built as strings
 * (only values go through JSON.stringify): this loop runs once per attribute of a log
 * with millions of them.
 */
class XesConverter {
  output = '';
  readonly result: XesConversion = { events: 0, traces: 0, error: null };
  private readonly parser = new SaxesParser({ position: true });
  private readonly stack: string[] = [];
  /** `,"case:key":"value"` for each trace attribute. */
  private trace = '';
  /** `{"@line":n,"key":"value"…` for each event of the trace, without the trace part. */
  private traceEvents: string[] = [];
  private event: string | null = null;
  private readonly keys = new Map<string, string>();

  constructor() {
    this.parser.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    this.parser.on('closetag', (tag) => this.closeTag(tag.name));
    this.parser.on('error', (error) => {
      this.result.error ??= { line: this.parser.line, message: error.message };
    });
  }

  write(chunk: string): void {
    if (!this.result.error) this.parser.write(chunk);
  }

  close(): void {
    if (!this.result.error) this.parser.close();
    if (this.result.error) this.flushTrace();
  }

  take(): string {
    const text = this.output;
    this.output = '';
    return text;
  }

  private open(tag: SaxesTagPlain): void {
    if (this.result.error) return;
    const parent = this.stack.at(-1);
    this.stack.push(tag.name);
    if (tag.name === 'trace') {
      this.trace = '';
      this.traceEvents = [];
    } else if (tag.name === 'event' && parent === 'trace') {
      this.event = `{"${XES_LINE_KEY}":${this.parser.line}`;
    } else if (ATTRIBUTE_TAGS.has(tag.name)) {
      const { key, value } = tag.attributes;
      if (key === undefined || value === undefined) return;
      if (parent === 'event' && this.event !== null)
        this.event += `,${this.keyJson(key)}:${jsonString(value)}`;
      else if (parent === 'trace') this.trace += `,${this.keyJson(`case:${key}`)}:${jsonString(value)}`;
    }
  }

  /** Keys repeat on every event, so their JSON is made once. */
  private keyJson(key: string): string {
    let json = this.keys.get(key);
    if (json === undefined) {
      json = JSON.stringify(key);
      this.keys.set(key, json);
    }
    return json;
  }

  private closeTag(name: string): void {
    // After an error the parser closes open elements itself; they are not events.
    if (this.result.error) return;
    this.stack.pop();
    if (name === 'event' && this.event !== null) {
      this.traceEvents.push(this.event);
      this.event = null;
    } else if (name === 'trace') {
      this.flushTrace();
      this.result.traces++;
    }
  }

  /** Trace attributes may follow the events in the file, so events wait for </trace>. */
  private flushTrace(): void {
    for (const event of this.traceEvents) this.output += `${event}${this.trace}}\n`;
    this.result.events += this.traceEvents.length;
    this.traceEvents = [];
  }
}

/** Characters that need escaping in a JSON string. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON escapes control characters; this finds them.
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;

/** JSON of a string, skipping JSON.stringify for the usual plain value. */
function jsonString(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}
