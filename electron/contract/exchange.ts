import { z } from 'zod';
import { def, none } from './define';
import { instant, noControlChars } from './primitives';

// The exchange through the shared drive (Settings › Exchange): its folder, its rounds (run by the
// desk when it starts, every few minutes and before it stops, or at once from Settings) and what
// it knows of the other laptops. `exchange.now` answers at once: poll `exchange.status`.

const messages = z.object({ vi: z.string(), en: z.string() });

export const EXCHANGE_STATES = ['off', 'idle', 'running', 'offline', 'failed'] as const;
export const EXCHANGE_OUTCOMES = ['ok', 'problems', 'offline', 'failed'] as const;
export const EXCHANGE_WARNINGS = ['clock', 'newerVersion', 'newerSchema', 'offline'] as const;

/** How far another laptop's clock may be from this one's before Settings warns (10 minutes). */
export const CLOCK_WARNING_MS = 10 * 60_000;
export const DEFAULT_EXCHANGE_MINUTES = 5;

export const exchangeRoundSchema = z.object({
  startedAt: instant,
  finishedAt: instant,
  outcome: z.enum(EXCHANGE_OUTCOMES),
  /** Batches and changes of other laptops taken in. */
  batchesApplied: z.number().int().min(0),
  linesApplied: z.number().int().min(0),
  /** The number of this laptop's batch written, when it had changes to publish. */
  published: z.number().int().nullable(),
  /** Files skipped this round (damaged, missing, from a newer version…), each naming its laptop and file. */
  problems: z.array(z.object({ laptop: z.string(), file: z.string().nullable(), message: messages })),
  /** Why the round did not run or did not finish (offline, failed). */
  message: messages.nullable(),
});

export const exchangeLaptopSchema = z.object({
  replica: z.string(),
  name: z.string().nullable(),
  officer: z.string().nullable(),
  appVersion: z.string().nullable(),
  /** When it last exchanged, in this laptop's time (its own clock corrected by the difference measured). */
  lastExchangedAt: instant.nullable(),
  /** How far its clock is ahead of this laptop's (negative: behind), when measured. */
  clockSkewMs: z.number().int().nullable(),
});

export const exchangeStatusSchema = z.object({
  folder: z.string().nullable(),
  intervalMinutes: z.number().int().min(1),
  state: z.enum(EXCHANGE_STATES),
  /** This laptop's id on the share, once it has exchanged. */
  replica: z.string().nullable(),
  lastRound: exchangeRoundSchema.nullable(),
  /** The end of the last round that reached the folder. */
  lastSuccessAt: instant.nullable(),
  nextAt: instant.nullable(),
  /** Rounds of this run that took in changes of other laptops (what they changed reaches open screens through `changes.since`). */
  received: z.number().int().min(0),
  laptops: z.array(exchangeLaptopSchema),
  warnings: z.array(z.object({ kind: z.enum(EXCHANGE_WARNINGS), replica: z.string().nullable(), message: messages })),
});

export const exchangeMethods = {
  'exchange.status': def('read', none.strict(), exchangeStatusSchema),
  /**
   * Sets the exchange folder (checked: a full path of this computer's kind, an existing folder that
   * takes files, not another program's exchange.json); null or empty switches the exchange off.
   */
  'exchange.setFolder': def(
    'write',
    z
      .object({
        folder: z.string().max(1000).check(noControlChars()).nullable(),
        intervalMinutes: z.number().int().min(1).max(120).optional(),
        /** Create that one folder first (Settings offers it for a folder found missing). */
        create: z.boolean().optional(),
        /**
         * The officer confirmed moving this laptop's exchange to another folder after it has
         * exchanged: without it such a change is refused with reason 'confirmMove' and a message
         * saying what will happen (details.move: 'carry' | 'same' | 'other').
         */
        move: z.boolean().optional(),
      })
      .strict(),
    exchangeStatusSchema,
  ),
  /** Starts a round now (unless one is running); answers at once. */
  'exchange.now': def('read', none.strict(), exchangeStatusSchema),
};

export type ExchangeStatus = z.infer<typeof exchangeStatusSchema>;
export type ExchangeRoundSummary = z.infer<typeof exchangeRoundSchema>;
export type ExchangeLaptop = z.infer<typeof exchangeLaptopSchema>;
