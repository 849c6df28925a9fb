// Renders renderer components the way the app does (the same AppProviders), in jsdom, with
// Mantine's test environment (no transitions, no portals) and an API client whose transport
// calls the real dispatcher in-process, on a real migrated in-memory database.
import { cleanNotifications } from '@mantine/notifications';
import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import type { Envelope } from '../../electron/contract';
import { createApiClient, type ApiClient, type Transport } from '../../renderer/api';
import { AppProviders } from '../../renderer/AppProviders';
import { createI18n, type Language } from '../../renderer/i18n';
import type { Clock } from '../../common/clock';
import { createTestApp, testClock, type TestApp } from './app';

const opened: TestApp[] = [];
afterEach(async () => {
  // A job still running (an export a test started and did not wait for) ends first: its worker
  // removes its local temporary folder, and it is recorded before the database closes.
  while (opened.length) {
    const app = opened.pop()!;
    await app.ctx.services.jobs.idle();
    app.close();
  }
  // The notifications store is a module-level singleton: clear it so no toast leaks into the
  // next test.
  act(() => cleanNotifications());
});

/** A test app (closed after the test) and an in-process transport to it. */
export function createAppTransport(options: { sample?: boolean; now?: Clock } = {}): { app: TestApp; transport: Transport } {
  const app = createTestApp(options);
  opened.push(app);
  // app.raw round-trips through JSON, as every real transport does.
  const transport: Transport = async (method, input) => app.raw(method, input);
  return { app, transport };
}

/** Records every call, and lets a test make chosen methods fail. */
export function spyTransport(inner: Transport, failures: Record<string, Envelope<unknown> | undefined> = {}) {
  const calls: Array<{ method: string; input: unknown }> = [];
  const transport: Transport = async (method, input) => {
    calls.push({ method, input });
    const failure = failures[method];
    return failure ?? inner(method, input);
  };
  return { transport, calls, failures };
}

export interface RenderOptions {
  /** Defaults to an in-process app with the sample data. */
  transport?: Transport;
  sample?: boolean;
  language?: Language;
  /** The hash route to start on, e.g. '/meetings'. */
  route?: string;
  /** The screens' clock: the test app's (or the tests' fixed moment) unless given. */
  clock?: Clock;
  /** The clock of the test app made for this render (and so of the screens). */
  now?: Clock;
}

export type Rendered = RenderResult & { client: ApiClient; i18n: ReturnType<typeof createI18n>; app: TestApp | null };

export function renderWithApp(ui: ReactElement, options: RenderOptions = {}): Rendered {
  let app: TestApp | null = null;
  let transport = options.transport;
  if (!transport) {
    const created = createAppTransport({ sample: options.sample ?? true, ...(options.now ? { now: options.now } : {}) });
    app = created.app;
    transport = created.transport;
  }
  if (options.route !== undefined) window.location.hash = '#' + options.route;
  const client = createApiClient(transport);
  const i18n = createI18n(options.language ?? 'vi');
  const result = render(
    <AppProviders client={client} i18n={i18n} env="test" clock={options.clock ?? app?.ctx.now ?? testClock}>
      {ui}
    </AppProviders>,
  );
  return Object.assign(result, { client, i18n, app });
}
