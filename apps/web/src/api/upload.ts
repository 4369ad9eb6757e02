import type { z } from 'zod';
import { ApiError } from './errors.ts';
import { readAnswer } from './http.ts';

/**
 * POSTs `body` as it is and checks the answer like `request` does. Written with
 * XMLHttpRequest because fetch cannot report how much of an upload is sent: a file of
 * gigabytes takes minutes to upload, and `onProgress` (0..1) lets the page show it.
 */
export function uploadWithProgress<T>(
  path: string,
  body: Blob,
  schema: z.ZodType<T>,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', undefined));
    xhr.onload = () => {
      const headers = new Headers();
      const retryAfter = xhr.getResponseHeader('retry-after');
      if (retryAfter !== null) headers.set('retry-after', retryAfter);
      const text = xhr.status === 204 ? null : xhr.responseText;
      readAnswer(path, new Response(text, { status: xhr.status, headers }), schema).then(resolve, reject);
    };
    xhr.send(body);
  });
}
