// @vitest-environment happy-dom
import type { Me } from '@opencjm/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../auth/session.ts';
import { ImportView } from './ImportView.tsx';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const CSV =
  'time,event,user_id\n2024-01-01T10:00:00Z,visit,u1\nnot a time,visit,u2\n2024-01-02T10:00:00Z,,u3\n';
const PRESETS = ['process-log', 'segment', 'ga4', 'crm', 'email', 'support', 'survey'];
/** The preview answer the server gave for {@link CSV} (checked against the running server). */
const PREVIEW = {
  format: 'csv',
  gzip: false,
  encoding: 'utf-8',
  columns: ['time', 'event', 'user_id'],
  rows: [
    { time: '2024-01-01T10:00:00Z', event: 'visit', user_id: 'u1' },
    { time: 'not a time', event: 'visit', user_id: 'u2' },
    { time: '2024-01-02T10:00:00Z', event: null, user_id: 'u3' },
  ],
  suggestedPreset: null,
  presets: PRESETS,
  mapping: { timestamp: ['time'], event: ['event'], user_id: ['user_id'] },
};
const JOB = { id: 'job-1', name: 'broken.csv', read: 0, accepted: 0, quarantined: 0, duplicates: 0 };

function me(role: 'viewer' | 'editor'): Me {
  return {
    user: {
      id: 'u',
      email: 'e@example.com',
      name: 'E',
      role,
      createdAt: '2026-01-01T00:00:00Z',
      lastSignInAt: null,
    },
    permissions: role === 'editor' ? ['read', 'comment', 'write'] : ['read'],
    sessionExpiresAt: '2027-01-01T00:00:00Z',
  };
}

interface Call {
  method: string;
  url: URL;
  body: unknown;
}

let calls: Call[] = [];
let jobAnswers: object[] = [];
let root: Root;
let container: HTMLElement;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The API as the server answers it; the import job runs, then finishes with two rows quarantined. */
async function api(input: string, init: RequestInit = {}): Promise<Response> {
  const url = new URL(input, 'http://localhost');
  const method = init.method ?? 'GET';
  calls.push({ method, url, body: init.body });
  const path = url.pathname;
  if (path === '/api/stats')
    return json({ events: 10, customers: 3, quarantined: 0, lastEventAt: '2026-03-01T10:00:00.000Z' });
  if (path === '/api/imports/preview' && url.searchParams.get('name') === 'photo.png')
    return json(
      {
        error: {
          code: 'unreadable-file',
          issues: [{ path: 'body', message: 'photo.png: not CSV, NDJSON, JSON or XES' }],
        },
      },
      400,
    );
  if (path === '/api/imports/preview') {
    const segment = url.searchParams.get('preset') === 'segment';
    return json(
      segment
        ? { ...PREVIEW, suggestedPreset: 'segment', mapping: { ...PREVIEW.mapping, url: ['time'] } }
        : PREVIEW,
    );
  }
  if (path === '/api/imports' && method === 'POST') return json({ ...JOB, state: 'queued' }, 202);
  if (path === '/api/imports/job-1') return json(jobAnswers.shift());
  if (path === '/api/imports/job-1/quarantine')
    return json({
      items: [
        { line: 3, reason: 'unparseable time "not a time" in column "time"', raw: 'not a time,visit,u2' },
        { line: 4, reason: 'no event name in column "event"', raw: '2024-01-02T10:00:00Z,,u3' },
      ],
      total: 2,
    });
  return json({ error: { code: 'not-found' } }, 404);
}

/** The upload: XMLHttpRequest (for its progress), answered by {@link api} after reporting half sent. */
class FakeUpload {
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  status = 0;
  responseText = '';
  private url = '';
  private method = '';
  private readonly headers: Record<string, string> = {};
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(): string | null {
    return null;
  }
  send(body: Blob) {
    expect(this.headers['content-type']).toBe('application/octet-stream');
    this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded: 1, total: 2 }));
    void api(this.url, { method: this.method, body }).then(async (response) => {
      // The page shows the half-sent upload before the answer comes.
      await new Promise((resolve) => setTimeout(resolve, 100));
      this.status = response.status;
      this.responseText = await response.text();
      this.onload?.();
    });
  }
}

/** Waits (real time: the page polls every second) until `check` stops throwing. */
async function until(check: () => void, timeout = 5000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - start > timeout) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 25)));
    }
  }
}

/** The control a `<label>` with exactly this text names. */
function byLabel<T extends HTMLElement>(text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text);
  const control = label ? document.getElementById(label.htmlFor) : null;
  if (!control) throw new Error(`no control labelled "${text}"`);
  return control as T;
}

function button(text: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

function table(label: string): string[][] {
  const found = container.querySelector(`table[aria-label="${label}"]`);
  if (!found) throw new Error(`no table "${label}"`);
  return [...found.querySelectorAll('tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent ?? ''),
  );
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeEach(async () => {
  calls = [];
  jobAnswers = [
    { ...JOB, state: 'running', phase: 'reading', fraction: 0.5, read: 2 },
    {
      ...JOB,
      state: 'done',
      phase: 'loading',
      fraction: 1,
      read: 4,
      accepted: 2,
      quarantined: 2,
      importId: 'imp_1',
      seconds: 0.08,
    },
  ];
  vi.stubGlobal('fetch', vi.fn(api));
  vi.stubGlobal('XMLHttpRequest', FakeUpload);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

async function render(role: 'viewer' | 'editor') {
  sessionStore.setState({ status: 'signed-in', me: me(role) });
  await act(async () => root.render(<ImportView />));
}

describe('import page', () => {
  it('previews a file, maps its columns, imports it and shows the summary and the quarantine', async () => {
    await render('editor');
    await until(() => expect(container.textContent).toContain('Events10'));

    const file = new File([CSV], 'broken.csv', { type: 'text/csv' });
    const input = byLabel<HTMLInputElement>('Event file');
    await act(async () => {
      Object.defineProperty(input, 'files', { value: [file] });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect(container.textContent).toContain('CSV, encoding utf-8'));
    const preview = calls.find((call) => call.url.pathname === '/api/imports/preview');
    expect(preview?.url.searchParams.get('name')).toBe('broken.csv');
    expect(preview?.body).toBeInstanceOf(Blob);
    expect(await new Response(preview?.body as Blob).text()).toBe(CSV);

    expect(table('First rows of the file')).toEqual([
      ['time', 'event', 'user_id'],
      ['2024-01-01T10:00:00Z', 'visit', 'u1'],
      ['not a time', 'visit', 'u2'],
      ['2024-01-02T10:00:00Z', '', 'u3'],
    ]);
    expect(table('Rows as they will be read')[0]).toEqual(['Time', 'Event', 'User id']);
    const eventSelect = byLabel<HTMLSelectElement>('Event');
    expect(eventSelect.selectedOptions[0]?.textContent).toBe('Automatic: event');

    // A column chosen by hand changes the rows as they will be read at once.
    await choose(eventSelect, 'user_id');
    expect(table('Rows as they will be read').map((row) => row[1])).toEqual(['Event', 'u1', 'u2', 'u3']);

    // Another preset asks the server again; its sources show up.
    await choose(byLabel<HTMLSelectElement>('Preset'), 'segment');
    await until(() =>
      expect(byLabel<HTMLSelectElement>('URL').selectedOptions[0]?.textContent).toBe('Automatic: time'),
    );
    expect(
      calls
        .filter((call) => call.url.pathname === '/api/imports/preview')
        .at(-1)
        ?.url.searchParams.get('preset'),
    ).toBe('segment');

    await act(async () => button('Start import').click());
    await until(() =>
      expect(container.querySelector('progress[aria-label="Upload progress"]')?.getAttribute('value')).toBe(
        '50',
      ),
    );
    expect(container.textContent).toContain('Uploading broken.csv: 50%');
    const upload = calls.find((call) => call.url.pathname === '/api/imports' && call.method === 'POST');
    expect(Object.fromEntries(upload?.url.searchParams ?? [])).toEqual({
      name: 'broken.csv',
      preset: 'segment',
      mapping: '{"event":"user_id"}',
    });
    expect(upload?.body).toBe(file);

    await until(() => expect(container.querySelector('[role="status"]')?.textContent).toBe('Reading: 50%'));
    await until(() => expect(container.textContent).toContain('Import of broken.csv finished'));
    expect(container.textContent).toContain('Rows read4Accepted2Quarantined2Duplicates (already stored)0');
    await until(() =>
      expect(table('Quarantined rows')).toEqual([
        ['Line', 'Reason', 'Original text'],
        ['3', 'unparseable time "not a time" in column "time"', 'not a time,visit,u2'],
        ['4', 'no event name in column "event"', '2024-01-02T10:00:00Z,,u3'],
      ]),
    );
    const download = [...container.querySelectorAll('a')].find(
      (link) => link.textContent === 'Download quarantine (NDJSON)',
    );
    expect(download?.getAttribute('href')).toBe('/api/imports/job-1/quarantine.ndjson');
    // The workspace figures are asked again once the import is done.
    await until(() => expect(calls.filter((call) => call.url.pathname === '/api/stats')).toHaveLength(2));
  });

  it('says why a file cannot be read', async () => {
    await render('editor');
    const input = byLabel<HTMLInputElement>('Event file');
    await act(async () => {
      Object.defineProperty(input, 'files', { value: [new File(['\u0089PNG'], 'photo.png')] });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain(
        'The file cannot be read as events.',
      ),
    );
    expect(container.textContent).toContain('photo.png: not CSV, NDJSON, JSON or XES');
    expect(button('Start import').disabled).toBe(true);
  });

  it('shows a viewer the figures but no import form', async () => {
    await render('viewer');
    await until(() => expect(container.textContent).toContain('Customers3'));
    expect(container.textContent).toContain('Importing needs the editor or owner role.');
    expect(container.querySelector('input[type="file"]')).toBeNull();
  });
});
