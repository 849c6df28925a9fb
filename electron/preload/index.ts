import { contextBridge, ipcRenderer } from 'electron';
import type { ChooseInput, ChooseOutput, Envelope, Input, MethodName, Output } from '../contract';

// A sandboxed preload may require only 'electron': this file imports nothing else at run time,
// and exposes two functions: the API, and the native folder/file dialog. Validation happens in
// the main process, on every call.

export type PreloadApi = {
  invoke<M extends MethodName>(method: M, input: Input<M>): Promise<Envelope<Output<M>>>;
  choose(input: ChooseInput): Promise<Envelope<ChooseOutput>>;
};

const api = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('api', method, input),
  // 'dialog' is DIALOG_CHANNEL; the constant is not imported, to keep this file free of imports.
  choose: (input: unknown) => ipcRenderer.invoke('dialog', input),
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('api', api);
