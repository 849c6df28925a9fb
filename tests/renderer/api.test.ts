import { describe, expect, it, vi } from 'vitest';
import { ApiCallError, createApiClient, detectTransport, httpTransport, takeToken, TOKEN_KEY } from '../../renderer/api';
import { PREFETCH_TTL_MS } from '../../renderer/api/client';
import { createAppTransport, spyTransport } from '../helpers/render';

/** A fixed moment for the tests that move the clock (the sample desk's day, 10:00 in Ha Noi). */
const T0 = Date.parse('2026-11-21T03:00:00Z');

describe('the API client', () => {
  it('returns the value of a call through the in-process dispatcher', async () => {
    const { transport } = createAppTransport({ sample: true });
    const client = createApiClient(transport);
    const info = await client.call('app.info', {});
    expect(info.schemaVersion).toBeGreaterThan(0);
    const page = await client.call('meetings.list', { limit: 2, filter: { parentId: null } });
    expect(page.items).toHaveLength(2);
    expect(typeof page.nextCursor).toBe('string');
  });

  it('throws an ApiCallError with the code, both messages and the field issues', async () => {
    const { transport } = createAppTransport();
    const client = createApiClient(transport);
    const error = await client.call('meetings.list', { limit: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    const e = error as ApiCallError;
    expect(e.code).toBe('VALIDATION');
    expect(e.messages.vi).toMatch(/limit/);
    expect(e.messages.en).toMatch(/limit/);
    expect(e.issues[0]).toMatchObject({ path: ['limit'], code: 'too_small' });
  });

  it('turns a transport that throws, or an answer that is no envelope, into INTERNAL', async () => {
    const throwing = createApiClient(async () => {
      throw new Error('ipc gone');
    });
    await expect(throwing.call('app.info', {})).rejects.toMatchObject({ code: 'INTERNAL', messages: { vi: expect.stringMatching(/Không kết nối được/) } });
    const garbage = createApiClient(async () => 'nope' as never);
    await expect(garbage.call('app.info', {})).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('prefetching a screen\'s first data', () => {
  it('hands a prefetched answer to the first identical call instead of asking again', async () => {
    const spy = spyTransport(createAppTransport({ sample: true }).transport);
    const client = createApiClient(spy.transport);
    client.prefetch('meetings.list', { limit: 3 });
    expect(spy.calls.map((c) => c.method)).toEqual(['meetings.list']);
    const first = await client.call('meetings.list', { limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(spy.calls).toHaveLength(1);
    // Taken once: the next identical call asks the application again.
    await client.call('meetings.list', { limit: 3 });
    expect(spy.calls).toHaveLength(2);
    // Another input is another question.
    client.prefetch('meetings.list', { limit: 3 });
    await client.call('meetings.list', { limit: 4 });
    expect(spy.calls.map((c) => (c.input as { limit: number }).limit)).toEqual([3, 3, 3, 4]);
  });

  it('never hands out what was read before a write', async () => {
    const { app, transport } = createAppTransport({ sample: true });
    const spy = spyTransport(transport);
    const client = createApiClient(spy.transport);
    const person = app.call('people.list', { limit: 1 }).items[0]!;
    client.prefetch('people.get', { id: person.id });
    await client.call('people.update', { id: person.id, version: person.version, changes: { fullName: 'Trần Văn Mới' } });
    const read = await client.call('people.get', { id: person.id });
    expect(read.fullName).toBe('Trần Văn Mới');
    expect(spy.calls.map((c) => c.method)).toEqual(['people.get', 'people.update', 'people.get']);
  });

  it('drops an answer nobody took within the time limit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    try {
      const spy = spyTransport(createAppTransport({ sample: true }).transport);
      const client = createApiClient(spy.transport);
      client.prefetch('meetings.list', { limit: 2 });
      // The answer comes, then nobody takes it within the limit.
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 0));
      vi.setSystemTime(T0 + PREFETCH_TTL_MS + 1);
      await client.call('meetings.list', { limit: 2 });
      expect(spy.calls).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('prefetching on a slow machine', () => {
  it('hands out an answer that took longer than the time limit to come, counted from its arrival', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    try {
      const spy = spyTransport(createAppTransport({ sample: true }).transport);
      let release: () => void = () => undefined;
      const gate = new Promise<void>((r) => (release = r));
      // The application answers only after twice the time limit (a loaded laptop, a big first page).
      const slow: typeof spy.transport = async (method, input) => {
        const answer = spy.transport(method, input);
        await gate;
        return answer;
      };
      const client = createApiClient(slow);
      client.prefetch('meetings.list', { limit: 2 });
      // The screen asks while the answer is still on its way: it waits for that one.
      vi.setSystemTime(T0 + 2 * PREFETCH_TTL_MS);
      const screenCall = client.call('meetings.list', { limit: 2 });
      release();
      expect((await screenCall).items).toHaveLength(2);
      expect(spy.calls).toHaveLength(1);
      // An answer that came and then waited past the limit is dropped.
      client.prefetch('meetings.list', { limit: 3 });
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 0));
      vi.setSystemTime(T0 + 3 * PREFETCH_TTL_MS + 1);
      await client.call('meetings.list', { limit: 3 });
      expect(spy.calls).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the HTTP transport', () => {
  it('posts {method, input} with the token header and returns the envelope', async () => {
    const fetchStub = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: 42 }), { status: 200 }));
    const transport = httpTransport('s3cret', { fetch: fetchStub as unknown as typeof fetch });
    await expect(transport('app.info', {})).resolves.toEqual({ ok: true, value: 42 });
    expect(fetchStub).toHaveBeenCalledWith('/api', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Asoen-Token': 's3cret' },
      body: JSON.stringify({ method: 'app.info', input: {} }),
    });
  });

  it('turns a network failure into an INTERNAL envelope', async () => {
    const transport = httpTransport('t', { fetch: (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch });
    const envelope = await transport('app.info', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: { vi: expect.stringMatching(/^Không kết nối được với ứng dụng/), en: expect.stringMatching(/^Cannot reach the application/) } } });
  });

  it('explains a refused token', async () => {
    const transport = httpTransport('bad', { fetch: (async () => new Response('forbidden', { status: 403 })) as typeof fetch });
    const envelope = await transport('app.info', {});
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.message.en).toMatch(/access token/);
  });
});

describe('the browser-mode token', () => {
  it('is taken from the address, kept for reloads, and removed from the address bar', () => {
    window.history.replaceState(null, '', '/?token=abc123&x=1#/meetings');
    expect(takeToken()).toBe('abc123');
    expect(window.location.search).toBe('?x=1');
    expect(window.location.hash).toBe('#/meetings');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('abc123');
    // A reload: no token in the address any more, the kept one is used.
    expect(takeToken()).toBe('abc123');
    window.history.replaceState(null, '', '/');
  });

  it('prefers the preload bridge when there is one', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: 'from-ipc' }));
    const win = Object.assign(Object.create(window) as Window, { api: { invoke } });
    const transport = detectTransport(win);
    await expect(transport('app.info', {})).resolves.toEqual({ ok: true, value: 'from-ipc' });
    expect(invoke).toHaveBeenCalledWith('app.info', {});
  });
});

describe('a create whose answer is lost', () => {
  it('is sent again with the id the client gave it, and saves one record', async () => {
    const { transport } = createAppTransport();
    const sentIds: unknown[] = [];
    let lost = 0;
    // The application saves the first create, but its answer never arrives (a dropped connection).
    const losing = async (method: string, input: unknown) => {
      const answer = await transport(method, input);
      if (method === 'people.create') {
        sentIds.push((input as { id?: unknown }).id);
        if (lost++ === 0) throw new Error('connection reset');
      }
      return answer;
    };
    const client = createApiClient(losing);
    const person = await client.call('people.create', { fullName: 'Đỗ Thị Hạnh', position: 'Chuyên viên' });
    expect(person.fullName).toBe('Đỗ Thị Hạnh');
    expect(sentIds).toHaveLength(2);
    expect(typeof sentIds[0]).toBe('string');
    expect(sentIds[1]).toBe(sentIds[0]);
    const found = await client.call('people.list', { limit: 50, q: 'do thi hanh' });
    expect(found.items.map((p) => p.id)).toEqual([sentIds[0]]);
  });

  it('keeps an id its caller chose, and never retries a write that is not a create', async () => {
    const { transport } = createAppTransport();
    const calls: string[] = [];
    const client = createApiClient(async (method, input) => {
      calls.push(method);
      if (method === 'settings.update') throw new Error('connection reset');
      return transport(method, input);
    });
    const id = '01900000-0000-7000-8000-000000000001';
    const person = await client.call('people.create', { id, fullName: 'Lê Văn Tám', position: 'Chuyên viên' });
    expect(person.id).toBe(id);
    await expect(client.call('settings.update', { dayZone: 'office' })).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(calls.filter((m) => m === 'settings.update')).toHaveLength(1);
  });
});
