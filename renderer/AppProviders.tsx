import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Clock } from '../common/clock';
import { ApiProvider, type ApiClient } from './api';
import { ClockProvider } from './clock';
import { theme } from './theme';

export interface AppProvidersProps {
  client: ApiClient;
  i18n: I18n;
  /** 'test' turns off Mantine's transitions and portals (jsdom). */
  env?: 'default' | 'test';
  /** The clock the screens' "today" follows; the system's unless a test fixes it. */
  clock?: Clock;
  children: ReactNode;
}

/** Everything a screen needs around it; the app and the tests compose the same providers. */
export function AppProviders({ client, i18n, env = 'default', clock, children }: AppProvidersProps) {
  return (
    <MantineProvider theme={theme} env={env} defaultColorScheme="light">
      <I18nextProvider i18n={i18n}>
        <ApiProvider client={client}>
          <ClockProvider clock={clock}>
            <Notifications position="top-right" limit={3} classNames={{ root: 'asoen-notifications' }} />
            {children}
          </ClockProvider>
        </ApiProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
