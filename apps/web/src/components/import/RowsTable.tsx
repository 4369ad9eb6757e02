/** A scrollable table of preview rows; empty cells stay empty, long ones are cut by the style. */
export function RowsTable({
  label,
  headers,
  rows,
}: {
  label: string;
  headers: readonly string[];
  rows: readonly (readonly (string | null)[])[];
}) {
  return (
    <div className="table-scroll">
      <table className="data-table import-rows" aria-label={label}>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // Preview rows have no identity of their own; their order never changes.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={headers[column]} title={cell ?? undefined}>
                  {cell ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
