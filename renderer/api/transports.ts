import type { Envelope } from '../../electron/contract';
import { UNREACHABLE, type Transport } from './client';

/** What the Electron preload exposes on `window.api`, and nothing more. */
export interface PreloadBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
}

const unreachable = (): Envelope<unknown> => ({ ok: false, error: { code: 'INTERNAL', message: UNREACHABLE } });

export function electronTransport(bridge: PreloadBridge): Transport {
  return async (method, input) => {
    try {
      return await bridge.invoke(method, input);
    } catch {
      return unreachable();
    }
  };
}

export const TOKEN_KEY = 'asoen-token';

/**
 * The browser mode is opened at `http://127.0.0.1:PORT/?token=SECRET`. Keep the token for this
 * tab (so a reload works) and take it out of the address bar, where it would end up in
 * history and screenshots.
 */
export function takeToken(win: Pick<Window, 'location' | 'history' | 'sessionStorage'> = window): string | null {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      win.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage may be disabled; the token still works until the tab is reloaded.
    }
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return win.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

const SESSION_REFUSED: Envelope<unknown> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: {
      vi: 'Ứng dụng từ chối yêu cầu vì mã truy cập không đúng hoặc đã hết hạn. Hãy mở lại đúng địa chỉ mà ứng dụng đã in ra.',
      en: 'The application refused the request because the access token is missing or has expired. Open the exact address the application printed.',
    },
  },
};

export function httpTransport(token: string | null, options: { endpoint?: string; fetch?: typeof fetch } = {}): Transport {
  const endpoint = options.endpoint ?? '/api';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  return async (method, input) => {
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Asoen-Token': token ?? '' },
        body: JSON.stringify({ method, input }),
      });
    } catch {
      return unreachable();
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    // The server answers errors with an envelope too; anything else is the server refusing us.
    if (body && typeof body === 'object' && 'ok' in body) return body as Envelope<unknown>;
    if (response.status === 401 || response.status === 403) return SESSION_REFUSED;
    return unreachable();
  };
}

/** Every call fails: the page was opened where no application answers (e.g. a bare file). */
export const offlineTransport: Transport = async () => unreachable();

/** Picks the transport of the environment the renderer runs in. */
export function detectTransport(win: Window = window): Transport {
  const bridge = (win as Window & { api?: Partial<PreloadBridge> }).api;
  if (bridge && typeof bridge.invoke === 'function') return electronTransport(bridge as PreloadBridge);
  if (win.location.protocol === 'http:' || win.location.protocol === 'https:') return httpTransport(takeToken(win));
  return offlineTransport;
}
