import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { clipRaw } from './clip.ts';
import { readTraceFast } from './xes-fast.ts';

/** XES attribute elements (IEEE 1849); nested ones (inside another attribute) are skipped. */
const ATTRIBUTE_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container']);

/** Key of the XML line of an event in the NDJSON written from an XES log. */
export const XES_LINE_KEY = '@line';

/** A piece of an XES log that could not be converted, for the quarantine. */
export interface XesReject {
  line: number;
  raw: string | null;
  reason: string;
}

/** One trace converted: NDJSON lines of its events, and its broken elements. */
export interface ConvertedTrace {
  lines: string[];
  rejects: XesReject[];
}

interface XmlError {
  line: number;
  message: string;
}

/**
 * Converts the text of one `<trace>…</trace>` element, which starts at `firstLine`, to
 * NDJSON lines: the event's attributes, the trace's attributes prefixed `case:` and the
 * event's line under {@link XES_LINE_KEY}. A well-formed trace is parsed once. Otherwise
 * each `<event>` is parsed on its own, so only the broken events (and a broken trace
 * header) are rejected and the others converted with the trace's attributes read so far.
 * An event whose NDJSON line exceeds `maxLineBytes` is rejected too.
 */
export function convertTrace(text: string, firstLine: number, maxLineBytes: number): ConvertedTrace {
  const fast = readTraceFast(text, firstLine, XES_LINE_KEY, field);
  if (fast) return finishTrace(fast.events, fast.trace, firstLine, maxLineBytes, []);
  const whole = new Collector(firstLine);
  const error = parse(text, firstLine, whole);
  if (!error && whole.closed) return whole.finish(maxLineBytes, []);
  const rejects: XesReject[] = [];
  const events = new Collector(firstLine);
  let rest = '';
  let from = 0;
  for (const start of eventStarts(text)) {
    rest += text.slice(from, start);
    const next = eventStarts(text, start + 1)[0] ?? text.length;
    const piece = text.slice(start, next);
    const close = piece.indexOf('</event>');
    const line = firstLine + newlines(text, 0, start);
    // An event cut off by the trace's end leaves the trace's end to the trace.
    const traceEnd = piece.indexOf('</trace>');
    const body =
      close >= 0
        ? piece.slice(0, close + '</event>'.length)
        : traceEnd >= 0
          ? piece.slice(0, traceEnd)
          : piece;
    const broken = close < 0 ? { line, message: 'no </event>' } : parse(body, line, events.asEvent());
    if (broken) {
      events.drop();
      const { raw, note } = clipRaw(body.trim());
      rejects.push({ line, raw, reason: `event is not well-formed XML: ${broken.message}${note}` });
    }
    from = start + body.length;
  }
  rest += text.slice(from);
  const header = new Collector(firstLine);
  const headerError = parse(rest, firstLine, header);
  if (headerError || !header.closed) {
    const { raw, note } = clipRaw(rest.trim());
    const message = headerError?.message ?? 'no </trace>';
    // Its events are cut out of `rest`, so the error's own line would be off: the trace's first line.
    rejects.push({
      line: firstLine,
      raw,
      reason: `trace is not well-formed XML: ${message}${note}`,
    });
  }
  events.trace = header.trace;
  return events.finish(maxLineBytes, rejects);
}

/** Parses an XML fragment, feeding `sink`; the first error, with its line in the file. */
function parse(text: string, firstLine: number, sink: Collector): XmlError | null {
  const parser = new SaxesParser({ position: true, fragment: true });
  let error: XmlError | null = null;
  parser.on('opentag', (tag) => {
    if (!error) sink.open(tag as SaxesTagPlain, firstLine + parser.line - 1);
  });
  parser.on('closetag', (tag) => {
    if (!error) sink.close(tag.name);
  });
  parser.on('error', (e) => {
    error ??= { line: firstLine + parser.line - 1, message: e.message.replace(/^\d+:\d+: /, '') };
  });
  parser.write(text);
  parser.close();
  return error;
}

/** Offsets where `<event` elements start. */
function eventStarts(text: string, from = 0): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf('<event', from); at >= 0; at = text.indexOf('<event', at + 1)) {
    const after = text[at + 6];
    if (after === undefined || after === '>' || after === '/' || /\s/.test(after)) starts.push(at);
  }
  return starts;
}

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/**
 * Collects a trace's attributes and its events from SAX events. Lines are built as strings
 * (only values go through JSON.stringify): this runs once per attribute of a log with
 * millions of them.
 */
class Collector {
  /** `,"case:key":"value"` for each trace attribute. */
  trace = '';
  closed = false;
  private readonly events: string[] = [];
  private event: string | null = null;
  private readonly stack: string[] = [];
  /** Set by {@link asEvent}: fragments are bare events, as if inside a trace. */
  private outer: string | undefined;

  constructor(readonly firstLine: number) {}

  asEvent(): this {
    this.outer = 'trace';
    this.stack.length = 0;
    return this;
  }

  /** Forgets the event being read (it was broken). */
  drop(): void {
    this.event = null;
    this.stack.length = 0;
  }

  open(tag: SaxesTagPlain, line: number): void {
    const parent = this.stack.at(-1) ?? this.outer;
    this.stack.push(tag.name);
    if (tag.name === 'event' && parent === 'trace') {
      this.event = `{"${XES_LINE_KEY}":${line}`;
    } else if (ATTRIBUTE_TAGS.has(tag.name)) {
      const { key, value } = tag.attributes;
      if (key === undefined || value === undefined) return;
      if (parent === 'event' && this.event !== null) this.event += field(key, value);
      else if (parent === 'trace') this.trace += field(`case:${key}`, value);
    }
  }

  close(name: string): void {
    this.stack.pop();
    if (name === 'event' && this.event !== null) {
      this.events.push(this.event);
      this.event = null;
    } else if (name === 'trace') this.closed = true;
  }

  finish(maxLineBytes: number, rejects: XesReject[]): ConvertedTrace {
    return finishTrace(this.events, this.trace, this.firstLine, maxLineBytes, rejects);
  }
}

/**
 * NDJSON lines of a trace's events, each with the trace's attributes (which may follow the
 * events in the file, so events are finished last); an over-long line is rejected.
 */
function finishTrace(
  events: readonly string[],
  trace: string,
  firstLine: number,
  maxLineBytes: number,
  rejects: XesReject[],
): ConvertedTrace {
  const lines: string[] = [];
  for (const event of events) {
    const line = `${event}${trace}}`;
    if (line.length <= maxLineBytes / 4 || Buffer.byteLength(line) <= maxLineBytes) {
      lines.push(line);
      continue;
    }
    const at = Number(/^\{"@line":(\d+)/.exec(line)?.[1] ?? firstLine);
    const { raw, note } = clipRaw(line);
    rejects.push({
      line: at,
      raw,
      reason: `event of ${line.length} characters is longer than the limit of ${maxLineBytes} (maxLineBytes)${note}`,
    });
  }
  return { lines, rejects };
}

/** `,"key":"value"`: one attribute in an event's JSON line. */
function field(key: string, value: string): string {
  return `,${keyJson(key)}:${jsonString(value)}`;
}

const keys = new Map<string, string>();
/** Keys repeat on every event, so their JSON is made once. */
function keyJson(key: string): string {
  let json = keys.get(key);
  if (json === undefined) {
    json = JSON.stringify(key);
    if (keys.size < 10_000) keys.set(key, json);
  }
  return json;
}

/** Characters that need escaping in a JSON string. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON escapes control characters; this finds them.
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;

/** JSON of a string, skipping JSON.stringify for the usual plain value. */
function jsonString(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}
