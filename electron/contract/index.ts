export * from './envelope';
export * from './entities';
export * from './methods';
export * from './core';
export * from './desk';
export * from './exports';
export * from './primitives';
export * from '../../db/enums';
