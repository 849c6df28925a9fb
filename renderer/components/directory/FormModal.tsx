import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice, useUnsavedChangesGuard, type EntityForm } from '../../forms';

/**
 * A create/edit form in a modal: Save and Cancel, the conflict notice, a message for failures
 * that belong to no field, and a question before unsaved changes are thrown away (closing the
 * modal, Esc, or leaving the page).
 */
export function FormModal<V extends Record<string, unknown>>({
  opened,
  title,
  entityForm,
  onClose,
  onReload,
  reloading,
  children,
  testId,
}: {
  opened: boolean;
  title: string;
  entityForm: EntityForm<V>;
  onClose: () => void;
  onReload: () => void;
  reloading?: boolean;
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { form, submitting, serverError, conflict } = entityForm;
  const guard = useUnsavedChangesGuard(opened && form.isDirty(), onClose);
  const requestClose = () => guard.confirmLeave(onClose);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void entityForm.submit();
  };

  return (
    <>
      <Modal opened={opened} onClose={requestClose} title={title} size="lg" data-testid={testId} closeButtonProps={{ 'aria-label': t('directory.actions.close') }}>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            {conflict ? <ConflictNotice onReload={onReload} reloading={reloading} /> : null}
            {children}
            {serverError ? (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} role="alert">
                {serverError}
              </Alert>
            ) : null}
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={requestClose}>
                {t('forms.cancel')}
              </Button>
              <Button type="submit" loading={submitting}>
                {t('forms.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {guard.modal}
    </>
  );
}
