import { z } from 'zod';
import { noControlChars, plainString } from './primitives';

// The desktop shell's native dialogs. They are not methods of the dispatcher (which is
// synchronous and runs without a window): the main process answers them on their own IPC
// channel, with the same sender check and a zod check of the input. The browser mode has no
// such dialogs; there the user types the path.

export const DIALOG_CHANNEL = 'dialog';

export const DIALOG_KINDS = ['folder', 'backupFile'] as const;

export const chooseInput = z
  .object({
    /** A folder (export folder, "another folder"), or a backup file to restore. */
    kind: z.enum(DIALOG_KINDS),
    /** The dialog's title, already in the user's language. */
    title: z.string().trim().min(1).max(200).check(noControlChars()),
    /** Where the dialog opens: the path currently in the field. */
    defaultPath: plainString(1024).optional(),
  })
  .strict();

export type ChooseInput = z.infer<typeof chooseInput>;

/** `path` is null when the user cancelled. */
export const chooseOutput = z.object({ path: z.string().min(1).nullable() }).strict();

export type ChooseOutput = z.infer<typeof chooseOutput>;
