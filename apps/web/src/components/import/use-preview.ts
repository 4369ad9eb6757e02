import { useEffect, useState } from 'react';
import type { ImportPreview } from '../../api/import-schemas.ts';
import { previewImport } from '../../api/imports.ts';
import { fileHead } from './import-plan.ts';

/**
 * The server's preview of `file` read with `preset`. The last preview stays shown while a
 * newer one loads, so the form does not jump when the preset changes.
 */
export function usePreview(file: File, preset: string) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks for the same preview again.
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    previewImport(fileHead(file), { name: file.name, preset: preset || undefined }, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        setPreview(answer);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [file, preset, round]);
  return { preview, loading, error, retry: () => setRound((n) => n + 1) };
}
