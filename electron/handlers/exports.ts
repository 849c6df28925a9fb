import type { HandlerMap } from './context';

export const exportHandlers = {} satisfies Partial<HandlerMap>;
