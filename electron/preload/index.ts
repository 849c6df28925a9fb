import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope, Input, MethodName, Output } from '../contract';

// A sandboxed preload may require only 'electron': this file imports nothing else at run time,
// and exposes one function. Validation happens in the main process, on every call.

export type PreloadApi = {
  invoke<M extends MethodName>(method: M, input: Input<M>): Promise<Envelope<Output<M>>>;
};

const api = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('api', method, input),
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('api', api);
