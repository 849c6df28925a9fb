import type { ChooseInput, ChooseOutput, Envelope } from '../../electron/contract';
import { ApiCallError } from './client';

export type ChooseFolder = (input: ChooseInput) => Promise<string | null>;

/**
 * The desktop shell's native folder/file dialog, or null where there is none (the browser
 * mode, the tests): the user then types the path.
 */
export function nativeDialog(win: Window = window): ChooseFolder | null {
  const bridge = (win as Window & { api?: { choose?: (input: ChooseInput) => Promise<Envelope<ChooseOutput>> } }).api;
  const choose = bridge?.choose;
  if (typeof choose !== 'function') return null;
  return async (input) => {
    const envelope = await choose(input);
    if (!envelope.ok) throw new ApiCallError('dialog', envelope.error);
    return envelope.value.path;
  };
}
