import { FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';

/**
 * The Electron fuses of every packaged ASOEN Desk, as plain data: the packaging step passes it
 * to `flipFuses(pathToElectron, DESK_FUSES)` (@electron/fuses), and tests/ipc/security-checklist
 * asserts each value. One list, used by packaging and checked by tests.
 *
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the signed app into a plain Node.
 * - NODE_OPTIONS and --inspect* off: no code injected through the environment or a debugger port.
 * - Cookie encryption on: cookies on disk are encrypted with the OS key store.
 * - Embedded asar integrity and only-load-from-asar on: the app runs only from its own, checked
 *   app.asar (electron-builder writes the integrity hash), never from a loose app/ folder.
 * - GrantFileProtocolExtraPrivileges off: file:// gets no extra powers; the app is served from
 *   app://desk (electron/security/protocol.ts).
 * - LoadBrowserProcessSpecificV8Snapshot off: the desk ships no browser-process V8 snapshot.
 */
export const DESK_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies FuseConfig;
