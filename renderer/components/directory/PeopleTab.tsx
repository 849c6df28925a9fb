import { Alert, Anchor, Box, Button, Drawer, Group, Loader, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconPencil, IconPlus, IconSearch, IconTrash, IconUsers } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, Input, Person } from '../../../electron/contract';
import { useApiList, useApiQuery } from '../../api';
import { compareNames, formatDate } from '../../format';
import { useDeleteWithUndo } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState } from '../ErrorState/ErrorState';
import { EmptyList, NoMatch } from '../lists/EmptyList';
import { ListFooter } from '../lists/ListFooter';
import { RowActions } from '../lists/RowActions';
import { LoadingState } from '../LoadingState/LoadingState';
import { agencyWithParent } from './agencyTree';
import { passportState } from '../../../common/passport';
import { PassportExpiry } from './PassportBadge';
import { PersonForm } from './PersonForm';
import { useAllAgencies } from './useAll';
import { useToday } from '../../clock';

export const PEOPLE_PAGE = 100;
export const PEOPLE_DEBOUNCE_MS = 200;

export function peopleListInput(q: string): Input<'people.list'> {
  return { limit: PEOPLE_PAGE, sort: { field: 'fullName', dir: 'asc' }, ...(q ? { q } : {}) };
}

type Editing = { person: Person | null } | null;

/** The people: a server-side search, their agency and contacts, and passport validity. */
export function PeopleTab({ openId, onOpen }: { openId: string | null; onOpen: (id: string | null) => void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), PEOPLE_DEBOUNCE_MS);
  const input = useMemo(() => peopleListInput(debouncedQ), [debouncedQ]);
  const list = useApiList('people.list', input);
  const agencies = useAllAgencies();
  const byId = useMemo(() => new Map((agencies.data ?? []).map((a) => [a.id, a])), [agencies.data]);
  const [editing, setEditing] = useState<Editing>(null);
  const deletion = useDeleteWithUndo();
  const today = useToday();

  // Keyset pages come in the server's order; once everything is here, Vietnamese order.
  const people = useMemo(() => {
    if (!list.data) return undefined;
    return list.hasMore ? list.data : [...list.data].sort((a, b) => compareNames(a.fullName, b.fullName));
  }, [list.data, list.hasMore]);

  const remove = (p: Person) =>
    deletion.confirmDelete({
      method: 'people',
      id: p.id,
      version: p.version,
      label: p.fullName,
      onDone: () => {
        if (openId === p.id) onOpen(null);
      },
    });

  let body: ReactNode;
  if (list.error) body = <ErrorState error={list.error} onRetry={list.refetch} />;
  else if (!people) body = <LoadingState />;
  else if (people.length === 0 && debouncedQ === '')
    body = (
      <EmptyList icon={IconUsers} title={t('directory.people.empty.title')} description={t('directory.people.empty.description')}>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ person: null })}>
          {t('directory.people.create')}
        </Button>
      </EmptyList>
    );
  else if (people.length === 0)
    body = (
      <NoMatch title={t('directory.people.noMatch.title')} description={t('directory.people.noMatch.description')} onClear={() => setQ('')} />
    );
  else
    body = (
      <>
        <Table.ScrollContainer minWidth={880}>
          <Table highlightOnHover verticalSpacing="sm" aria-label={t('directory.people.tableLabel')} aria-busy={list.isFetching || undefined}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={220}>{t('directory.people.columns.name')}</Table.Th>
                <Table.Th>{t('directory.people.columns.position')}</Table.Th>
                <Table.Th w={220}>{t('directory.people.columns.contact')}</Table.Th>
                <Table.Th w={190}>{t('directory.people.columns.passport')}</Table.Th>
                <Table.Th w={90}>
                  <Text size="sm" fw={700} component="span">
                    {t('directory.people.columns.actions')}
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((p) => {
                const agency = p.agencyId ? byId.get(p.agencyId) : undefined;
                return (
                  <Table.Tr key={p.id} data-testid="person-row" data-person-id={p.id} bg={openId === p.id ? 'var(--mantine-color-teal-0)' : undefined}>
                    <Table.Td>
                      <UnstyledButton onClick={() => onOpen(p.id)} style={{ textAlign: 'left' }} className="directory-name-button">
                        <Text size="sm" fw={600} c="teal.9" td="underline" lang="vi">
                          {p.fullName}
                        </Text>
                      </UnstyledButton>
                      {p.passportName ? (
                        <Text size="xs" c="gray.7">
                          {p.passportName}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{p.position ?? t('common.none')}</Text>
                      <Text size="xs" c="gray.7">
                        {agency ? agencyWithParent(agency, byId, lang) : t('directory.people.noAgency')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {p.email ? (
                        <Anchor href={`mailto:${p.email}`} size="sm" style={{ wordBreak: 'break-all' }}>
                          {p.email}
                        </Anchor>
                      ) : null}
                      {p.phone ? (
                        <Text size="xs" c="gray.7" style={{ whiteSpace: 'nowrap' }}>
                          {p.phone}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <PassportExpiry expiry={p.passportExpiry} today={today} />
                    </Table.Td>
                    <Table.Td>
                      <RowActions
                        editLabel={t('directory.actions.editNamed', { name: p.fullName })}
                        deleteLabel={t('directory.actions.deleteNamed', { name: p.fullName })}
                        onEdit={() => setEditing({ person: p })}
                        onDelete={() => remove(p)}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ListFooter list={list} shown={people.length} />
      </>
    );

  return (
    <>
      <Group align="flex-end" justify="space-between" gap="md" mb="md" wrap="wrap">
        <TextInput
          label={t('directory.people.searchLabel')}
          placeholder={t('directory.people.searchPlaceholder')}
          description={t('directory.people.searchHint')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={list.isFetching && list.data ? <Loader size="xs" aria-hidden /> : null}
          type="search"
          w={{ base: '100%', sm: 420 }}
          data-testid="people-search"
        />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ person: null })}>
          {t('directory.people.create')}
        </Button>
      </Group>
      {body}
      <PersonDrawer
        id={openId}
        agencies={byId}
        today={today}
        onClose={() => onOpen(null)}
        onEdit={(p) => setEditing({ person: p })}
        onDelete={remove}
      />
      {editing ? (
        <PersonForm
          person={editing.person}
          agencies={agencies.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            onOpen(saved.id);
          }}
        />
      ) : null}
      {deletion.modal}
    </>
  );
}

/** One person, opened from the list, a link or a search result (the id is in the address). */
function PersonDrawer({
  id,
  agencies,
  today,
  onClose,
  onEdit,
  onDelete,
}: {
  id: string | null;
  agencies: ReadonlyMap<string, Agency>;
  today: string;
  onClose: () => void;
  onEdit: (p: Person) => void;
  onDelete: (p: Person) => void;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const person = useApiQuery('people.get', { id: id ?? '' }, { enabled: Boolean(id) });
  const p = person.data && person.data.id === id ? person.data : undefined;

  const f = 'directory.people.fields';
  const row = (label: string, value: ReactNode) => (
    <Box>
      <Text size="xs" c="gray.7" fw={600}>
        {label}
      </Text>
      <Box fz="sm">{value || t('common.none')}</Box>
    </Box>
  );
  const state = p ? passportState(p.passportExpiry, today) : 'none';

  let content: ReactNode;
  if (person.error) content = <ErrorState error={person.error} onRetry={person.refetch} title={t('directory.people.notFound')} />;
  else if (!p) content = <LoadingState rows={5} height={28} />;
  else {
    const agency = p.agencyId ? agencies.get(p.agencyId) : undefined;
    content = (
      <Stack gap="sm" data-testid="person-details">
        <Box>
          <Title order={2} size="h3" lang="vi">
            {p.fullName}
          </Title>
          {p.passportName ? (
            <Text size="sm" c="gray.7">
              {p.passportName}
            </Text>
          ) : null}
        </Box>
        {state === 'expired' || state === 'soon' ? (
          <Alert color={state === 'expired' ? 'red' : 'orange'} variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {t(state === 'expired' ? 'directory.people.passport.warningExpired' : 'directory.people.passport.warningSoon', { date: formatDate(p.passportExpiry) })}
          </Alert>
        ) : null}
        {row(t(`${f}.position`), p.position)}
        {row(t(`${f}.agency`), agency ? agencyWithParent(agency, agencies, lang) : null)}
        {row(t(`${f}.email`), p.email ? <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor> : null)}
        {row(t(`${f}.phone`), p.phone)}
        {row(t(`${f}.passportExpiry`), <PassportExpiry expiry={p.passportExpiry} today={today} />)}
        {row(t(`${f}.notes`), p.notes ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{p.notes}</Text> : null)}
        <Group gap="xs" mt="sm">
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(p)}>
            {t('directory.actions.edit')}
          </Button>
          <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => onDelete(p)}>
            {t('directory.actions.delete')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Drawer opened={Boolean(id)} onClose={onClose} position="right" size="md" title={t('directory.people.detailsTitle')} closeButtonProps={{ 'aria-label': t('directory.actions.close') }}>
      {content}
    </Drawer>
  );
}
