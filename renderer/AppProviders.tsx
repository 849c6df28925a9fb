import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Clock } from '../common/clock';
import { ApiProvider, createQueryClient, WatchChanges, type ApiClient } from './api';
import { ClockProvider } from './clock';
import { theme } from './theme';

/** How often the screens ask what changed behind them (another window, the shared-drive exchange). */
export const CHANGES_EVERY_MS = 3000;

export interface AppProvidersProps {
  client: ApiClient;
  i18n: I18n;
  /** The screens' query cache; a fresh one for this tree unless given. */
  queryClient?: QueryClient;
  /** 'test' turns off Mantine's transitions and portals (jsdom). */
  env?: 'default' | 'test';
  /** The clock the screens' "today" follows; the system's unless a test fixes it. */
  clock?: Clock;
  /** How often to ask `changes.since` while the page is visible (it is asked on focus too). */
  changesEveryMs?: number;
  children: ReactNode;
}

/** Everything a screen needs around it; the app and the tests compose the same providers. */
export function AppProviders({ client, i18n, queryClient, env = 'default', clock, changesEveryMs = CHANGES_EVERY_MS, children }: AppProvidersProps) {
  const [ownCache] = useState(() => queryClient ?? createQueryClient());
  return (
    <MantineProvider theme={theme} env={env} defaultColorScheme="light">
      <I18nextProvider i18n={i18n}>
        <ApiProvider client={client} queryClient={queryClient ?? ownCache}>
          <WatchChanges everyMs={changesEveryMs} />
          <ClockProvider clock={clock}>
            <Notifications position="bottom-left" limit={3} classNames={{ root: 'asoen-notifications' }} />
            {children}
          </ClockProvider>
        </ApiProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
