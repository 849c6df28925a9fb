import { Alert, Button, Group, List, Modal, Select, SimpleGrid, Stack, Stepper, Table, Text, Textarea, ThemeIcon } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focalPointMethods, SUCCESSION_KINDS, type Agency, type Output, type ReorgMove, type SuccessionKind } from '../../../electron/contract';
import { useApi } from '../../api';
import { formatDate } from '../../format';
import { DateField, EntityMultiSelect, EntitySelect, useEntityForm, useUnsavedChangesGuard } from '../../forms';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { agencyLabel, foldingFilter, useAll } from '../actions/shared';
import { legalBasisLabel, legalBasisSearchText } from './AssignmentForms';

interface ReorgValues extends Record<string, unknown> {
  predecessorIds: string[];
  successorId: string | null;
  effectiveOn: string | null;
  kind: SuccessionKind;
  legalBasisId: string | null;
  notes: string;
}

type Applied = Output<'reorg.apply'>;

/**
 * "Agency A (and B…) became C on date D", in three steps: describe it, see every assignment
 * that moves, apply it in one transaction. Old assignments end the day before D; new ones start
 * on D; nothing is deleted.
 */
export function ReorgWizard({ opened, defaultDate, onClose }: { opened: boolean; defaultDate: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState(false);
  const discard = () => {
    setDirty(false);
    onClose();
  };
  const guard = useUnsavedChangesGuard(opened && dirty, discard);
  const close = () =>
    guard.confirmLeave(() => {
      setDirty(false);
      onClose();
    });
  return (
    <>
      <Modal opened={opened} onClose={close} size="xl" title={t('focal.wizard.title')} closeButtonProps={{ 'aria-label': t('focal.wizard.close') }} data-testid="reorg-modal">
        {opened ? (
          <Wizard
            defaultDate={defaultDate}
            onDirtyChange={setDirty}
            onCancel={close}
            onDone={() => {
              setDirty(false);
              onClose();
            }}
          />
        ) : null}
      </Modal>
      {guard.modal}
    </>
  );
}

function Wizard({
  defaultDate,
  onDirtyChange,
  onCancel,
  onDone,
}: {
  defaultDate: string;
  onDirtyChange: (dirty: boolean) => void;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const [step, setStep] = useState(0);
  const [moves, setMoves] = useState<ReorgMove[] | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [result, setResult] = useState<Applied | null>(null);

  const onSubmit = useCallback(
    async (values: ReorgValues) => {
      const applied = await api.call('reorg.apply', {
        predecessorIds: values.predecessorIds,
        successorId: values.successorId as string,
        effectiveOn: values.effectiveOn as string,
        kind: values.kind,
        legalBasisId: values.legalBasisId,
        notes: values.notes || null,
      });
      setResult(applied);
      setStep(2);
      onDirtyChange(false);
    },
    [api, onDirtyChange],
  );
  const { form, submitting, serverError, submit } = useEntityForm<ReorgValues>({
    schema: focalPointMethods['reorg.apply'].input,
    initialValues: { predecessorIds: [], successorId: null, effectiveOn: defaultDate, kind: 'merged', legalBasisId: null, notes: '' },
    onSubmit,
  });
  const values = form.getValues();
  const isDirty = form.isDirty();
  useEffect(() => {
    if (result === null) onDirtyChange(isDirty);
  }, [isDirty, result, onDirtyChange]);

  // Agencies are searched on the server (EntitySelect); the ones chosen are kept here to name
  // them in the preview. Legal bases are a short list, read when the wizard opens.
  const legalBases = useAll('legalBases.list');
  const [chosen, setChosen] = useState<ReadonlyMap<string, Agency>>(new Map());
  const remember = (items: Agency[]) =>
    setChosen((m) => {
      const next = new Map(m);
      for (const a of items) next.set(a.id, a);
      return next;
    });
  const agencyName = (id: string | null) => {
    const a = id ? chosen.get(id) : undefined;
    return a ? agencyLabel(a, lang) : '';
  };

  const preview = async () => {
    if (form.validate().hasErrors) return;
    setPreviewing(true);
    setPreviewError(null);
    try {
      const out = await api.call('reorg.preview', {
        predecessorIds: values.predecessorIds,
        successorId: values.successorId as string,
        effectiveOn: values.effectiveOn as string,
      });
      setMoves(out.moves);
      setStep(1);
    } catch (error) {
      setPreviewError(error);
    } finally {
      setPreviewing(false);
    }
  };

  return (
    <Stack gap="md">
      <Stepper active={step} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label={t('focal.wizard.step1')} description={t('focal.wizard.step1Hint')}>
          <Stack gap="sm" mt="md">
            <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} aria-hidden />}>
              <Text size="sm">{t('focal.wizard.intro')}</Text>
            </Alert>
            <EntityMultiSelect
              method="agencies"
              label={t('focal.wizard.predecessors')}
              description={t('focal.wizard.predecessorsHint')}
              withAsterisk
              getLabel={(a) => agencyLabel(a, lang)}
              {...form.getInputProps('predecessorIds')}
              value={values.predecessorIds}
              onChange={(ids, items) => {
                remember(items);
                form.setFieldValue('predecessorIds', ids);
              }}
              data-testid="reorg-predecessors"
              data-autofocus
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <EntitySelect
                method="agencies"
                label={t('focal.wizard.successor')}
                withAsterisk
                getLabel={(a) => agencyLabel(a, lang)}
                {...form.getInputProps('successorId')}
                value={values.successorId}
                onChange={(id, item) => {
                  if (item) remember([item]);
                  form.setFieldValue('successorId', id);
                }}
                data-testid="reorg-successor"
              />
              <DateField
                label={t('focal.wizard.effectiveOn')}
                description={t('focal.wizard.effectiveHint')}
                withAsterisk
                clearable={false}
                {...form.getInputProps('effectiveOn')}
                value={values.effectiveOn}
              />
              <Select
                label={t('focal.wizard.kind')}
                allowDeselect={false}
                data={SUCCESSION_KINDS.map((k) => ({ value: k, label: t(`focal.wizard.kinds.${k}`) }))}
                {...form.getInputProps('kind')}
              />
              <Select
                label={t('focal.wizard.legalBasis')}
                searchable
                clearable
                filter={foldingFilter}
                data={legalBases.items.map((lb) => ({ value: lb.id, label: legalBasisLabel(lb, t), search: legalBasisSearchText(lb) }))}
                {...form.getInputProps('legalBasisId')}
              />
            </SimpleGrid>
            <Textarea label={t('focal.wizard.notes')} autosize minRows={2} maxRows={4} lang="vi" {...form.getInputProps('notes')} />
            {previewError ? (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(previewError, lang, t)}
              </Alert>
            ) : null}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('focal.wizard.step2')} description={t('focal.wizard.step2Hint')}>
          <Stack gap="sm" mt="md">
            <Text size="sm" fw={600} aria-live="polite" data-testid="reorg-preview-count">
              {t('focal.wizard.previewCount', { n: moves?.length ?? 0 })}
            </Text>
            {moves && moves.length === 0 ? (
              <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} aria-hidden />}>
                {t('focal.wizard.previewNone')}
              </Alert>
            ) : (
              <Table.ScrollContainer minWidth={720} maxHeight={360}>
                <Table striped withTableBorder verticalSpacing="xs" data-testid="reorg-preview">
                  <Table.Caption>{t('focal.wizard.previewCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('focal.wizard.columns.body')}</Table.Th>
                      <Table.Th>{t('focal.wizard.columns.role')}</Table.Th>
                      <Table.Th>{t('focal.wizard.columns.from')}</Table.Th>
                      <Table.Th>{t('focal.wizard.columns.to')}</Table.Th>
                      <Table.Th>{t('focal.wizard.columns.since')}</Table.Th>
                      <Table.Th>{t('focal.wizard.columns.basis')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {(moves ?? []).map((m) => (
                      <Table.Tr key={m.assignmentId} data-testid="reorg-move">
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {m.bodyCode}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {lang === 'en' ? m.bodyNameEn : m.bodyNameVi}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{t(`focal.roles.${m.role}`)}</Text>
                          {m.personName ? (
                            <Text size="xs" c="dimmed">
                              {m.personName}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{agencyName(m.fromAgencyId) || m.fromAgencyCode}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{agencyName(values.successorId)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                            {formatDate(m.validFrom)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{m.legalBasisNumber ?? t('focal.none')}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {serverError ? (
              <Alert color="red" variant="light" role="alert">
                {serverError}
              </Alert>
            ) : null}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('focal.wizard.step3')} description={t('focal.wizard.step3Hint')}>
          {result ? (
            <Stack gap="sm" mt="md" data-testid="reorg-result">
              <Group gap="sm">
                <ThemeIcon color="teal" variant="light" radius="xl" size="lg">
                  <IconCheck size={20} aria-hidden />
                </ThemeIcon>
                <Text fw={600} role="status">
                  {t('focal.wizard.result')}
                </Text>
              </Group>
              <List size="sm" spacing={4}>
                <List.Item data-testid="reorg-ended">{t('focal.wizard.resultEnded', { n: result.ended })}</List.Item>
                <List.Item data-testid="reorg-created">{t('focal.wizard.resultCreated', { n: result.created })}</List.Item>
                <List.Item>{t('focal.wizard.resultSuccessions', { n: result.successions })}</List.Item>
              </List>
              <Text size="sm" c="dimmed">
                {t('focal.wizard.resultHistory')}
              </Text>
            </Stack>
          ) : null}
        </Stepper.Step>
      </Stepper>

      <Group justify="space-between">
        {step === 0 ? (
          <Button variant="default" onClick={onCancel}>
            {t('forms.cancel')}
          </Button>
        ) : step === 1 ? (
          <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => setStep(0)} disabled={submitting}>
            {t('focal.wizard.back')}
          </Button>
        ) : (
          <span />
        )}
        {step === 0 ? (
          <Button rightSection={<IconArrowRight size={16} aria-hidden />} onClick={() => void preview()} loading={previewing} data-testid="reorg-next">
            {t('focal.wizard.next')}
          </Button>
        ) : step === 1 ? (
          <Button leftSection={<IconCheck size={16} aria-hidden />} onClick={() => void submit()} loading={submitting} data-testid="reorg-apply">
            {t('focal.wizard.apply')}
          </Button>
        ) : (
          <Button onClick={onDone} data-testid="reorg-done">
            {t('focal.wizard.done')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
