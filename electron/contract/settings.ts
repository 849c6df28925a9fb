import { z } from 'zod';
import { DAY_ZONES } from '../../common/clock';
import { def, none } from './define';
import { noControlChars } from './primitives';

// This laptop's settings and what the app says about itself (Settings › About).

export const settingsSchema = z.object({
  /** Where exports go unless chosen otherwise (a shared drive, typically). */
  exportFolder: z.string().max(1000).nullable(),
  /** Whose calendar "today" follows: the office's in Viet Nam (the default) or this computer's. */
  dayZone: z.enum(DAY_ZONES),
  /** Who uses this laptop, and its name: recorded with every change made on it (History shows them). */
  officerName: z.string().max(120).check(noControlChars()).nullable(),
  laptopName: z.string().max(120).check(noControlChars()).nullable(),
});

export const appInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataFile: z.string(),
  deviceId: z.string(),
  referenceVersion: z.number().int().nullable(),
  sampleVersion: z.number().int().nullable(),
});

export const settingsMethods = {
  'settings.get': def('read', none.strict(), settingsSchema),
  'settings.update': def('write', settingsSchema.extend({ exportFolder: z.string().max(1000).check(noControlChars()).nullable() }).partial().strict(), settingsSchema),
  /** Creates the export folder typed (that one folder, not its parents) after the same checks, and saves it. */
  'settings.createExportFolder': def('write', z.object({ exportFolder: z.string().min(1).max(1000).check(noControlChars()) }).strict(), settingsSchema),
  'app.info': def('read', none.strict(), appInfoSchema),
};

export type Settings = z.infer<typeof settingsSchema>;
export type AppInfo = z.infer<typeof appInfoSchema>;
