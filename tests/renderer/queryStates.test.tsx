import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { QueryStates } from '../../renderer/components/QueryStates/QueryStates';
import { renderWithApp } from '../helpers/render';

// The states every list of the app goes through, in one component: a failure says so and offers
// to try again (keeping what was read before), placeholder rows until the first answer, the
// empty list's sentence, or the list.

describe('the states of a list', () => {
  it('shows placeholder rows until the first answer, then the list', () => {
    const loading = renderWithApp(<QueryStates query={{ error: null, refetch: () => undefined }} rows={2}>the list</QueryStates>, { sample: false });
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải');
    expect(screen.queryByText('the list')).not.toBeInTheDocument();
    loading.unmount();
    renderWithApp(<QueryStates query={{ data: ['a'], error: null, refetch: () => undefined }}>the list</QueryStates>, { sample: false });
    expect(screen.getByText('the list')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says when the list is empty, in its own words', () => {
    renderWithApp(
      <QueryStates query={{ data: [], error: null, refetch: () => undefined }} empty="Chưa có liên hệ nào.">
        the list
      </QueryStates>,
      { sample: false },
    );
    expect(screen.getByText('Chưa có liên hệ nào.')).toBeInTheDocument();
    expect(screen.queryByText('the list')).not.toBeInTheDocument();
  });

  it('says what failed and tries again on request, keeping what was read before', async () => {
    const refetch = vi.fn();
    renderWithApp(
      <QueryStates query={{ data: ['a'], error: new Error('The desk did not answer'), refetch }}>
        what was read before
      </QueryStates>,
      { sample: false },
    );
    expect(screen.getByText('what was read before')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: /Thử lại/ }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });
});
