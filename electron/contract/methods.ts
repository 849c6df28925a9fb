import { coreMethods } from './core';
import { deskMethods } from './desk';
import { exportMethods } from './exports';
import type { z } from 'zod';

// THE API contract: every method the renderer may call, with its input and output schema.
// The client, the handlers and the preload derive their types from this table. Each domain
// declares its methods in its own file; a name declared twice fails the type check below.

export const methods = { ...coreMethods, ...deskMethods, ...exportMethods };

type Overlap<A, B> = keyof A & keyof B;
// If two domains declare the same method name, one of these becomes a non-never type and fails.
const noOverlap: [Overlap<typeof coreMethods, typeof deskMethods>, Overlap<typeof coreMethods, typeof exportMethods>, Overlap<typeof deskMethods, typeof exportMethods>] extends [never, never, never] ? true : false = true;
void noOverlap;

export type { MethodDef } from './define';
export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller sends (defaults may be left out). */
export type Input<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type Output<M extends MethodName> = z.output<Methods[M]['output']>;
export const methodNames = Object.keys(methods) as MethodName[];
