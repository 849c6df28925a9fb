import { windowOptions } from '../../electron/main/window';

describe('windowOptions', () => {
  const options = windowOptions('/app/dist-electron/preload.cjs');
  const web = options.webPreferences ?? {};

  it('locks the renderer down', () => {
    expect(web.preload).toBe('/app/dist-electron/preload.cjs');
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.spellcheck).toBe(false);
    expect(web).not.toHaveProperty('enableBlinkFeatures');
  });

  it('has developer tools only when asked (unpackaged runs)', () => {
    expect(web.devTools).toBe(false);
    expect(windowOptions('/p.cjs', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('opens hidden at a sensible size, titled ASOEN Desk', () => {
    expect(options).toMatchObject({ title: 'ASOEN Desk', width: 1280, height: 800, minWidth: 960, minHeight: 640, show: false });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});
