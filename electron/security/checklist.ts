/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security, the
 * 20 recommendations), item by item: how the desktop app meets each one and the tests that
 * prove it. tests/ipc/security-checklist.test.ts checks that the list is complete and in order
 * and that every test named here exists; each "checklist N: …" test there belongs to item N.
 * Data only: nothing in the app reads it.
 */

export interface ChecklistTest {
  /** The test file, from the project root. */
  file: string;
  /** The test's exact title (an `it(…)` in that file). */
  name: string;
}

export interface ChecklistItem {
  number: number;
  /** The recommendation, as Electron's checklist words it. */
  title: string;
  /** How the desk meets it (or why it does not apply, and what stands in its place). */
  how: string;
  /** False when the desk has nothing the recommendation is about; its tests then prove that absence. */
  applies: boolean;
  tests: readonly ChecklistTest[];
}

const CHECKLIST_TESTS = 'tests/ipc/security-checklist.test.ts';
const GUARDS = 'tests/ipc/guards.test.ts';
const MAIN = 'tests/ipc/main.test.ts';
const PROTOCOL = 'tests/ipc/app-protocol.test.ts';

export const SECURITY_CHECKLIST: readonly ChecklistItem[] = [
  {
    number: 1,
    title: 'Only load secure content',
    how:
      'Nothing remote is ever loaded: the page and its assets come from app://desk (the packaged dist/ folder), the session cancels every other request (http, https, ws, ftp, file) and the CSP names no remote source.',
    applies: true,
    tests: [
      { file: GUARDS, name: 'cancels remote requests and local files, lets the app origin through' },
      { file: CHECKLIST_TESTS, name: 'checklist 1: the window loads app://desk and every policy allows nothing remote' },
    ],
  },
  {
    number: 2,
    title: 'Do not enable Node.js integration for remote content',
    how: 'No renderer has Node.js: nodeIntegration, nodeIntegrationInWorker and nodeIntegrationInSubFrames are false, and no <webview> (which could ask for it) can be attached.',
    applies: true,
    tests: [{ file: CHECKLIST_TESTS, name: 'checklist 2: no renderer gets Node.js integration' }],
  },
  {
    number: 3,
    title: 'Enable context isolation',
    how: 'contextIsolation is true; the preload reaches the page only through contextBridge.',
    applies: true,
    tests: [{ file: CHECKLIST_TESTS, name: 'checklist 3: the preload runs in an isolated context and speaks only through contextBridge' }],
  },
  {
    number: 4,
    title: 'Enable process sandboxing',
    how: "app.enableSandbox() before any window, sandbox: true on the window, and a preload bundle that requires nothing but 'electron'.",
    applies: true,
    tests: [
      { file: CHECKLIST_TESTS, name: 'checklist 4: every renderer is sandboxed' },
      { file: MAIN, name: 'starts: single-instance lock, sandbox, locked-down window, the api and dialog handlers, database in the local data folder' },
      { file: 'tests/ipc/build-electron.test.ts', name: 'makes a preload that requires nothing but electron and exposes only api.invoke, api.choose and api.onCloseRequest' },
    ],
  },
  {
    number: 5,
    title: 'Handle session permission requests from remote content',
    how: 'Every permission request, check and device request is denied, in the default session and in the session of every web contents created later.',
    applies: true,
    tests: [
      { file: GUARDS, name: 'denies every permission request and check' },
      { file: GUARDS, name: 'guards every web contents created after it, with its own session' },
    ],
  },
  {
    number: 6,
    title: 'Do not disable webSecurity',
    how: 'webSecurity is true on the window (and no <webview> could turn it off).',
    applies: true,
    tests: [{ file: CHECKLIST_TESTS, name: 'checklist 6: web security stays on' }],
  },
  {
    number: 7,
    title: 'Define a Content Security Policy',
    how:
      "A strict policy naming app://desk (no 'self' over file://, no remote source, no eval, object-src 'none', frame-ancestors 'none') is sent by the app:// protocol and set again by the session on every response; the page carries the same policy in a meta tag.",
    applies: true,
    tests: [
      { file: 'tests/unit/csp.test.ts', name: "names the desktop app's own origin, app://desk, in Electron: no 'self', no file:" },
      { file: GUARDS, name: 'adds the desktop Content-Security-Policy, naming app://desk, to every response' },
      { file: PROTOCOL, name: 'serves the renderer files with their types, the desktop CSP and nosniff' },
    ],
  },
  {
    number: 8,
    title: 'Do not enable allowRunningInsecureContent',
    how: 'allowRunningInsecureContent is false.',
    applies: true,
    tests: [{ file: CHECKLIST_TESTS, name: 'checklist 8: insecure content is never allowed to run' }],
  },
  {
    number: 9,
    title: 'Do not enable experimental features',
    how: 'experimentalFeatures is false.',
    applies: true,
    tests: [{ file: CHECKLIST_TESTS, name: 'checklist 9: no experimental features' }],
  },
  {
    number: 10,
    title: 'Do not use enableBlinkFeatures',
    how: 'The window sets no Blink features, and no code of the main process or the preload mentions them.',
    applies: true,
    tests: [{ file: CHECKLIST_TESTS, name: 'checklist 10: no Blink features are enabled anywhere' }],
  },
  {
    number: 11,
    title: '<webview>: Do not use allowpopups',
    how: 'Not applicable: the desk has no <webview>. The tag is disabled (webviewTag: false), any attach is prevented, and window.open is denied for every web contents.',
    applies: false,
    tests: [
      { file: CHECKLIST_TESTS, name: 'checklist 11: there is no <webview> to allow popups in, and no popup anyway' },
      { file: GUARDS, name: 'prevents attaching a <webview>' },
    ],
  },
  {
    number: 12,
    title: '<webview>: Verify options and params',
    how: 'Not applicable: no <webview> is ever attached, whatever its options or source (will-attach-webview is always prevented, on every web contents).',
    applies: false,
    tests: [{ file: CHECKLIST_TESTS, name: 'checklist 12: a <webview> is refused whatever its options and source' }],
  },
  {
    number: 13,
    title: 'Disable or limit navigation',
    how:
      "will-navigate, will-frame-navigate (main frame and subframes) and will-redirect are prevented unless the target is the app's own page, app://desk/index.html; installed on every web contents from app 'web-contents-created'.",
    applies: true,
    tests: [
      { file: GUARDS, name: 'prevents navigation and redirects away from the app, allows the app itself' },
      { file: GUARDS, name: 'blocks will-frame-navigate (main frame and subframes) away from the app page' },
      { file: MAIN, name: 'guards every web contents created later (a popup, a webview), not only the window' },
    ],
  },
  {
    number: 14,
    title: 'Disable or limit creation of new windows',
    how: 'setWindowOpenHandler denies every window.open, on every web contents.',
    applies: true,
    tests: [
      { file: GUARDS, name: 'denies every window.open' },
      { file: GUARDS, name: 'guards every web contents created after it, with its own session' },
    ],
  },
  {
    number: 15,
    title: 'Do not use shell.openExternal with untrusted content',
    how: 'Not applicable: the desk never opens anything outside itself; no code imports shell, and a denied window.open opens nothing else.',
    applies: false,
    tests: [{ file: CHECKLIST_TESTS, name: 'checklist 15: nothing is ever handed to the shell to open' }],
  },
  {
    number: 16,
    title: 'Use a current version of Electron',
    how: 'Electron is pinned to an exact release of a supported line (package.json), the lockfile holds that same version, and the installed Electron is that version.',
    applies: true,
    tests: [{ file: CHECKLIST_TESTS, name: 'checklist 16: the installed Electron is exactly the pinned, current release' }],
  },
  {
    number: 17,
    title: 'Validate the sender of all IPC messages',
    how:
      "Both channels (api, dialog) answer only the top frame whose origin is app://desk and whose URL is the app's page; anything else (a subframe, another origin, the old file:// page, a destroyed frame) gets a refusal and reaches nothing.",
    applies: true,
    tests: [
      { file: 'tests/ipc/ipc.test.ts', name: 'refuses a call from %s without calling dispatch' },
      { file: 'tests/ipc/dialogs.test.ts', name: 'refuses %s without opening anything' },
      { file: MAIN, name: 'trusts IPC only from the app:// page: the old file:// page and other origins are refused' },
    ],
  },
  {
    number: 18,
    title: 'Avoid usage of the file:// protocol and prefer usage of custom protocols',
    how:
      'The window loads app://desk/index.html: a standard, secure scheme registered before ready and handled by electron/security/protocol.ts, which serves only files of dist/ (dot segments, encoded separators, NUL, absolute and device paths refused). file:// requests are cancelled.',
    applies: true,
    tests: [
      { file: MAIN, name: 'registers app:// as a privileged scheme before the app is ready, and serves only the renderer folder on it' },
      { file: PROTOCOL, name: 'never serves a file outside the renderer folder, however the path is written' },
      { file: PROTOCOL, name: 'refuses dot segments, encoded separators, NUL and absolute paths outright (403), before any file is looked at' },
    ],
  },
  {
    number: 19,
    title: 'Check which fuses you can change',
    how:
      'electron/security/fuses.ts (DESK_FUSES) decides every fuse: RunAsNode, NODE_OPTIONS and --inspect off, cookie encryption on, asar integrity and only-load-from-asar on, file:// extra privileges off, no browser-process V8 snapshot. Packaging flips them with @electron/fuses.',
    applies: true,
    tests: [{ file: CHECKLIST_TESTS, name: 'checklist 19: the packaged app flips every fuse the desk decides' }],
  },
  {
    number: 20,
    title: 'Do not expose Electron APIs to untrusted web content',
    how: "The preload exposes three functions, api.invoke(method, input), api.choose(request) and api.onCloseRequest(ask), on fixed channels: no ipcRenderer and no event object ever reaches the page (the close question's listener is the preload's own, on its one channel; the page's callback gets only a function to answer with).",
    applies: true,
    tests: [
      { file: 'tests/ipc/preload.test.ts', name: "exposes exactly one key, 'api', with invoke (the 'api' channel), choose (the 'dialog' channel) and the close question" },
      { file: CHECKLIST_TESTS, name: 'checklist 20: the page gets three plain functions, never ipcRenderer or an IPC event' },
    ],
  },
];
