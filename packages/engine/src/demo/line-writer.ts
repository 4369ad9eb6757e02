import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Bytes collected before handing a block to the stream. */
const BLOCK = 4 << 20;

/**
 * Collects text lines into large UTF-8 blocks for a stream. Encoding each line straight
 * into a buffer is several times faster than joining strings and encoding them later.
 */
export class LineWriter {
  private block = Buffer.allocUnsafe(BLOCK);
  private used = 0;

  constructor(private readonly out: Writable) {}

  /** Whether the block is nearly full: call {@link flush} (at a convenient point) then. */
  get full(): boolean {
    return this.used > BLOCK - (64 << 10);
  }

  /** Adds a line (with its newline); one longer than what is left starts a new block. */
  push(line: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    if (this.used + line.length * 3 > this.block.length) {
      this.out.write(this.block.subarray(0, this.used));
      this.block = Buffer.allocUnsafe(Math.max(BLOCK, line.length * 3));
      this.used = 0;
    }
    this.used += this.block.write(line, this.used);
  }

  /** Hands the collected block to the stream, waiting while the stream is backed up. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    const ready = this.out.write(this.block.subarray(0, this.used));
    this.block = Buffer.allocUnsafe(BLOCK);
    this.used = 0;
    if (!ready) await once(this.out, 'drain');
  }
}
