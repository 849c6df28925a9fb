import { z } from 'zod';
import { SEARCH_ENTITIES } from '../../common/enums';
import { def } from './define';
import { id, plainString } from './primitives';

// The global search: every kind of record, with and without diacritics.

export const searchHitSchema = z.object({
  entity: z.enum(SEARCH_ENTITIES),
  id,
  title: z.string(),
  subtitle: z.string().nullable(),
});

export const searchMethods = {
  'search.global': def(
    'read',
    z
      .object({
        q: plainString(200),
        limit: z.number().int().min(1).max(100).default(20),
        entities: z.array(z.enum(SEARCH_ENTITIES)).max(SEARCH_ENTITIES.length).optional(),
      })
      .strict(),
    z.array(searchHitSchema),
  ),
};
