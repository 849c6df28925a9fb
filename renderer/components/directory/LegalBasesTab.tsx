import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconFileText, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalBasis } from '../../../electron/contract';
import { formatDate } from '../../format';
import { useDeleteWithUndo } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState } from '../ErrorState/ErrorState';
import { EmptyList } from '../lists/EmptyList';
import { RowActions } from '../lists/RowActions';
import { LoadingState } from '../LoadingState/LoadingState';
import { activeOn } from './dates';
import { LegalBasisForm } from './LegalBasisForm';
import { useAllLegalBases } from './useAll';
import { validityText } from './Validity';
import { useToday } from '../../clock';

type Editing = { basis: LegalBasis | null } | null;

/** The documents cited by assignments and successions, newest first. */
export function LegalBasesTab() {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const list = useAllLegalBases();
  const [editing, setEditing] = useState<Editing>(null);
  const deletion = useDeleteWithUndo();
  const today = useToday();

  const createButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ basis: null })}>
      {t('directory.legalBases.create')}
    </Button>
  );

  let body;
  if (list.error) body = <ErrorState error={list.error} onRetry={list.refetch} />;
  else if (!list.data) body = <LoadingState />;
  else if (list.data.length === 0)
    body = (
      <EmptyList icon={IconFileText} title={t('directory.legalBases.empty.title')} description={t('directory.legalBases.empty.description')} />
    );
  else
    body = (
      <Table.ScrollContainer minWidth={960}>
        <Table highlightOnHover verticalSpacing="sm" aria-label={t('directory.legalBases.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{t('directory.legalBases.columns.number')}</Table.Th>
              <Table.Th w={120}>{t('directory.legalBases.columns.issued')}</Table.Th>
              <Table.Th w={180}>{t('directory.legalBases.columns.issuer')}</Table.Th>
              <Table.Th>{t('directory.legalBases.columns.title')}</Table.Th>
              <Table.Th w={190}>{t('directory.legalBases.columns.inForce')}</Table.Th>
              <Table.Th w={90}>{t('directory.legalBases.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((b) => {
              const inForce = (b.inForceFrom !== null || b.inForceTo !== null) && activeOn({ validFrom: b.inForceFrom, validTo: b.inForceTo }, today);
              const ended = b.inForceTo !== null && b.inForceTo < today;
              const title = lang === 'en' && b.titleEn ? b.titleEn : b.titleVi;
              return (
                <Table.Tr key={b.id} data-testid="legal-basis-row">
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {b.number}
                    </Text>
                    <Text size="xs" c="gray.7">
                      {t(`directory.legalBases.kinds.${b.kind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatDate(b.issuedOn)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{b.issuer}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3} lang={lang === 'en' && b.titleEn ? 'en' : 'vi'}>
                      {title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {validityText(t, b.inForceFrom, b.inForceTo)}
                    </Text>
                    {inForce ? (
                      <Badge size="sm" variant="light" color="teal" mt={4}>
                        {t('directory.legalBases.inForceNow')}
                      </Badge>
                    ) : ended ? (
                      <Badge size="sm" variant="outline" color="gray" mt={4}>
                        {t('directory.legalBases.expired')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      editLabel={t('directory.actions.editNamed', { name: b.number })}
                      deleteLabel={t('directory.actions.deleteNamed', { name: b.number })}
                      onEdit={() => setEditing({ basis: b })}
                      onDelete={() => deletion.confirmDelete({ method: 'legalBases', id: b.id, version: b.version, label: b.number })}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <>
      <Group justify="flex-end" mb="md">
        {createButton}
      </Group>
      {body}
      {editing ? (
        <LegalBasisForm
          basis={editing.basis}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      ) : null}
      {deletion.modal}
    </>
  );
}
