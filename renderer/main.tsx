import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient, detectTransport } from './api';
import { App } from './App';
import { AppProviders } from './AppProviders';
import { createI18n } from './i18n';
import { listenForWindowClose, type CloseAnswer } from './router/useHashRoute';

const client = createApiClient(detectTransport());
const i18n = createI18n();
// The desktop window asks before closing with unsaved changes (the browser asks on its own).
listenForWindowClose((window as { api?: { onCloseRequest?: (ask: (answer: (a: CloseAnswer) => void) => void) => void } }).api);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <AppProviders client={client} i18n={i18n}>
      <App />
    </AppProviders>
  </StrictMode>,
);
