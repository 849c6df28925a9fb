export * from './envelope';
export * from './entities';
export * from './methods';
export * from './primitives';
export * from '../../db/enums';
