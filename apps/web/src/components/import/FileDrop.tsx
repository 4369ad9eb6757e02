import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { Field } from '../common/Field.tsx';

/** Extensions offered by the file picker; the server decides the format from the bytes. */
const ACCEPT = '.csv,.tsv,.txt,.ndjson,.jsonl,.json,.xes,.gz';

/** A drop zone with a file picker inside it: the first file dropped or chosen is passed on. */
export function FileDrop({ onFile }: { onFile: (file: File) => void }) {
  const t = useT();
  const [over, setOver] = useState(false);
  const hintId = useId();
  return (
    <section
      className={over ? 'panel file-drop over' : 'panel file-drop'}
      aria-labelledby={hintId}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <p id={hintId}>{t('import.drop')}</p>
      <Field label={t('import.file')}>
        {(id) => (
          <input
            id={id}
            type="file"
            accept={ACCEPT}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) onFile(file);
            }}
          />
        )}
      </Field>
    </section>
  );
}
