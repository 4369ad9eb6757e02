import type { Cell, Workbook } from 'exceljs';
import type { z } from 'zod';
import { META_COLUMNS, MetaKind, type MetaRow, SHEETS, splitAddress } from './workbook-meta.ts';
import { XlsxImportError } from './xlsx-error.ts';

/**
 * Reading the hidden "_opencjm" sheet and the cells its rows point at, with errors that
 * name the sheet and cell of every problem.
 */

/** A meta row with the sheet row it came from, for error messages. */
export interface Located extends MetaRow {
  row: number;
}

export const META = SHEETS.meta;

/** The rows of the meta sheet, checked for the header and known kinds. */
export function readMetaRows(workbook: Workbook): Located[] {
  const sheet = workbook.getWorksheet(META);
  if (!sheet) {
    throw new XlsxImportError(
      META,
      '',
      'the sheet is missing; only workbooks exported by OpenCJM can be imported',
    );
  }
  META_COLUMNS.forEach((name, i) => {
    const cell = sheet.getCell(1, i + 1);
    if (cell.text !== name) throw new XlsxImportError(META, cell.address, `expected the header "${name}"`);
  });
  const rows: Located[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const [kind, id, cell, type, data] = META_COLUMNS.map((_, i) => sheet.getCell(r, i + 1).text);
    if (!kind) continue;
    const parsedKind = MetaKind.safeParse(kind);
    if (!parsedKind.success) {
      throw new XlsxImportError(
        META,
        `A${r}`,
        `unknown row kind "${kind}" (expected ${MetaKind.options.join(', ')})`,
      );
    }
    rows.push({
      kind: parsedKind.data,
      id: id ?? '',
      cell: cell ?? '',
      type: type ?? '',
      data: data ?? '',
      row: r,
    });
  }
  return rows;
}

/** The JSON of a meta row's data column, checked against its schema. */
export function dataOf<S extends z.ZodType>(row: Located, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = row.data === '' ? {} : JSON.parse(row.data);
  } catch {
    throw new XlsxImportError(META, `E${row.row}`, 'the data is not valid JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new XlsxImportError(META, `E${row.row}`, `${issue?.path.join('.') || 'data'}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Resolves "Sheet!A1" addresses of meta rows to cells. */
export class CellReader {
  constructor(private readonly workbook: Workbook) {}

  /** The cell an address like "Map!C7" points at; `from` is the meta row naming it. */
  cell(address: string, from: Located, column = 'C'): Cell {
    const parts = splitAddress(address);
    if (!parts)
      throw new XlsxImportError(META, `${column}${from.row}`, `"${address}" is not a Sheet!Cell address`);
    const [sheetName, ref] = parts;
    const sheet = this.workbook.getWorksheet(sheetName);
    if (!sheet)
      throw new XlsxImportError(META, `${column}${from.row}`, `refers to the missing sheet "${sheetName}"`);
    try {
      return sheet.getCell(ref);
    } catch {
      throw new XlsxImportError(META, `${column}${from.row}`, `"${ref}" is not a cell address`);
    }
  }

  text(address: string, from: Located): string {
    return this.cell(address, from).text;
  }

  /** Non-empty text, or an error naming the cell. */
  required(address: string, from: Located, what: string): string {
    const cell = this.cell(address, from);
    const text = cell.text.trim();
    if (text === '')
      throw new XlsxImportError(cell.worksheet.name, cell.address, `${what} must not be empty`);
    return cell.text;
  }
}

/** The meta rows of one kind, in sheet order. */
export function only(rows: Located[], kind: MetaKind): Located[] {
  return rows.filter((r) => r.kind === kind);
}
