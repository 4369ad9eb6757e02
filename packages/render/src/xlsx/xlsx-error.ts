/**
 * A workbook that cannot become a map. Names the sheet and the cell, so the person who
 * edited the workbook can find what to fix.
 */
export class XlsxImportError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string,
    readonly reason: string,
  ) {
    super(cell === '' ? `Sheet "${sheet}": ${reason}` : `Sheet "${sheet}", cell ${cell}: ${reason}`);
    this.name = 'XlsxImportError';
  }
}
