import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiProvider, createApiClient, useApiList } from '../../renderer/api';
import { createAppTransport } from '../helpers/render';

describe('useApiList', () => {
  it('pages with nextCursor until the list is complete, with no duplicates', async () => {
    const { app, transport } = createAppTransport({ sample: true });
    const all = app.call('meetings.list', { limit: 500 }).items.map((m) => m.id);
    expect(all.length).toBeGreaterThan(6);
    const client = createApiClient(transport);
    const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider client={client}>{children}</ApiProvider>;

    const { result } = renderHook(() => useApiList('meetings.list', { limit: 5 }), { wrapper });
    await waitFor(() => expect(result.current.data).toHaveLength(5));
    while (result.current.hasMore) {
      const before = result.current.data?.length ?? 0;
      act(() => result.current.loadMore());
      await waitFor(() => expect(result.current.data!.length).toBeGreaterThan(before));
    }
    expect(result.current.data!.map((m) => m.id)).toEqual(all);
  });
});
