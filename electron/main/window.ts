import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsExtra {
  /** Developer tools are for unpackaged runs only. */
  devTools?: boolean;
}

/**
 * The one window's options. The renderer gets no Node, runs sandboxed and isolated, and can
 * reach the main process only through the preload's `window.api.invoke`.
 */
export function windowOptions(preloadPath: string, extra: WindowOptionsExtra = {}): BrowserWindowConstructorOptions {
  return {
    title: 'ASOEN Desk',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: extra.devTools ?? false,
    },
  };
}
