import { once } from 'node:events';
import { createReadStream, createWriteStream, statSync, type WriteStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { clipRaw } from './clip.ts';
import type { DetectedFile } from './detect.ts';
import { convertTrace, type XesReject } from './xes-trace.ts';

export { XES_LINE_KEY } from './xes-trace.ts';

/** Outcome of converting an XES log. */
export interface XesConversion {
  events: number;
  traces: number;
  /** Broken elements written to the rejects file. */
  rejected: number;
}

/**
 * Streams an XES log (`.xes` or `.xes.gz`) to NDJSON at `target` (see `convertTrace`), one
 * trace at a time, and the elements that are not well-formed to `rejectsTarget` as NDJSON
 * `{line, raw, reason}`. A broken element costs only itself: the log is cut into traces at
 * `<trace` and `</trace>` before parsing, so the next trace is read afresh. Events outside
 * any trace, a trace the file ends in, and a log without `</log>` are rejected with their
 * line. No log is held in memory beyond one trace.
 */
export async function xesToNdjson(
  file: DetectedFile,
  target: string,
  rejectsTarget: string,
  onFraction: (fraction: number) => void = () => {},
  maxLineBytes = 64 << 20,
): Promise<XesConversion> {
  const size = statSync(file.path).size || 1;
  const input = createReadStream(file.path);
  const out = createWriteStream(target);
  const rejectsOut = createWriteStream(rejectsTarget);
  let bytes = 0;
  input.on('data', (chunk) => {
    bytes += chunk.length;
  });
  const text = (file.gzip ? input.pipe(createGunzip()) : input).setEncoding('utf8');
  const splitter = new TraceSplitter(maxLineBytes);
  let lastReport = 0;
  for await (const chunk of text) {
    splitter.write(chunk as string);
    if (splitter.output.length > 1 << 20) await flush(out, splitter.take());
    if (splitter.rejects.length > 0) await flush(rejectsOut, splitter.takeRejects());
    if (bytes - lastReport > size / 100) {
      lastReport = bytes;
      onFraction(bytes / size);
    }
  }
  splitter.end();
  out.end(splitter.take());
  rejectsOut.end(splitter.takeRejects());
  await Promise.all([once(out, 'finish'), once(rejectsOut, 'finish')]);
  return splitter.result;
}

async function flush(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Cuts the text of a log into traces, with their first lines, and converts each. */
class TraceSplitter {
  output = '';
  rejects: XesReject[] = [];
  readonly result: XesConversion = { events: 0, traces: 0, rejected: 0 };
  private buffer = '';
  /** Line of the buffer's first character. */
  private line = 1;
  /** The buffer starts with `<trace`. */
  private inTrace = false;
  private sawLogEnd = false;

  constructor(private readonly maxLineBytes: number) {}

  write(chunk: string): void {
    this.buffer += chunk;
    for (;;) {
      if (!this.inTrace) {
        const start = traceStart(this.buffer, 0);
        if (start < 0) {
          // Keep a tail that may be the start of `<trace` or `<event`.
          const keep = Math.max(0, this.buffer.lastIndexOf('<'));
          this.between(keep > this.buffer.length - 16 ? keep : this.buffer.length);
          return;
        }
        this.between(start);
        this.inTrace = true;
      }
      const close = this.buffer.indexOf('</trace>', 6);
      const next = traceStart(this.buffer, 6);
      if (close < 0 && next < 0) return;
      this.trace(next >= 0 && (close < 0 || next < close) ? next : close + '</trace>'.length);
    }
  }

  end(): void {
    if (this.inTrace) this.trace(this.buffer.length);
    this.between(this.buffer.length);
    if (!this.sawLogEnd)
      this.reject({
        line: this.line,
        raw: null,
        reason: 'the log ends without </log>: the file is cut short',
      });
  }

  take(): string {
    const text = this.output;
    this.output = '';
    return text;
  }

  takeRejects(): string {
    const text = this.rejects.map((r) => `${JSON.stringify(r)}\n`).join('');
    this.rejects = [];
    return text;
  }

  private trace(end: number): void {
    const converted = convertTrace(this.buffer.slice(0, end), this.line, this.maxLineBytes);
    for (const line of converted.lines) this.output += `${line}\n`;
    for (const reject of converted.rejects) this.reject(reject);
    this.result.events += converted.lines.length;
    this.result.traces++;
    this.consume(end);
    this.inTrace = false;
  }

  /** Text outside traces: the log's header and end; an event there belongs to no trace. */
  private between(end: number): void {
    const text = this.buffer.slice(0, end);
    if (text.includes('</log>')) this.sawLogEnd = true;
    for (let at = text.indexOf('<event'); at >= 0; at = text.indexOf('<event', at + 1)) {
      const stop = text.indexOf('</event>', at);
      const { raw, note } = clipRaw(text.slice(at, stop < 0 ? undefined : stop + 8).trim());
      this.reject({ line: this.line + countLines(text, at), raw, reason: `event outside any trace${note}` });
    }
    this.consume(end);
  }

  private reject(reject: XesReject): void {
    this.rejects.push(reject);
    this.result.rejected++;
  }

  private consume(end: number): void {
    this.line += countLines(this.buffer, end);
    this.buffer = this.buffer.slice(end);
  }
}

/** Offset of the next `<trace` element at or after `from`, or -1 (also when undecided yet). */
function traceStart(text: string, from: number): number {
  for (let at = text.indexOf('<trace', from); at >= 0; at = text.indexOf('<trace', at + 1)) {
    const after = text[at + 6];
    if (after === undefined) return -1;
    if (after === '>' || after === '/' || /\s/.test(after)) return at;
  }
  return -1;
}

/** Newlines in `text` before `end`. */
function countLines(text: string, end: number): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) n++;
  return n;
}
