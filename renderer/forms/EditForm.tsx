import { Stack, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { SaveProblems } from './ConflictNotice';
import { useConflictReload } from './useConflictReload';
import type { EntityForm } from './useEntityForm';

/**
 * After a lost save (CONFLICT), "Reload" reads the record's latest version, keeps what was typed,
 * and the next save goes with that version.
 */
export function useVersionReload<R extends { version: number }>(
  entityForm: Pick<EntityForm<never>, 'clearConflict'>,
  fetchLatest: () => Promise<R>,
  setVersion: (version: number) => void,
): { onReload: () => void; reloading: boolean } {
  const { reload, reloading } = useConflictReload(fetchLatest, (latest) => {
    setVersion(latest.version);
    entityForm.clearConflict();
  });
  return { onReload: () => void reload(), reloading };
}

/**
 * A record's form: saved by Enter or its submit button (never by the browser's own submit), with
 * what stopped the last save (a newer version, a refusal) above its fields.
 */
export function EditForm({
  entityForm,
  reload,
  testId,
  gap = 'sm',
  children,
}: {
  entityForm: Pick<EntityForm<never>, 'submit' | 'conflict' | 'serverError'>;
  reload: { onReload: () => void; reloading: boolean };
  testId?: string;
  gap?: MantineSpacing;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void entityForm.submit();
      }}
      data-testid={testId}
    >
      <Stack gap={gap}>
        <SaveProblems conflict={entityForm.conflict} onReload={reload.onReload} reloading={reload.reloading} serverError={entityForm.serverError} />
        {children}
      </Stack>
    </form>
  );
}
