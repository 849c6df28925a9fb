import { contextBridge, ipcRenderer } from 'electron';
import type { ChooseInput, ChooseOutput, Envelope, Input, MethodName, Output } from '../contract';

// A sandboxed preload may require only 'electron': this file imports nothing else at run time,
// and exposes three functions: the API, the native folder/file dialog, and the close question. Validation happens in
// the main process, on every call.

export type PreloadApi = {
  invoke<M extends MethodName>(method: M, input: Input<M>): Promise<Envelope<Output<M>>>;
  choose(input: ChooseInput): Promise<Envelope<ChooseOutput>>;
  /** Closing the window: `ask` is called; it answers 'asking', then 'close' or 'stay' (or 'close' at once). */
  onCloseRequest(ask: (answer: (a: 'asking' | 'close' | 'stay') => void) => void): void;
};

const api = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('api', method, input),
  // 'dialog' is DIALOG_CHANNEL; the constant is not imported, to keep this file free of imports.
  choose: (input: unknown) => ipcRenderer.invoke('dialog', input),
  // 'close-request' and 'close-answer' are electron/main/closeGuard.ts's channels.
  onCloseRequest: (ask: (answer: (a: 'asking' | 'close' | 'stay') => void) => void) => {
    ipcRenderer.on('close-request', () => ask((a) => void ipcRenderer.invoke('close-answer', a)));
  },
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('api', api);
