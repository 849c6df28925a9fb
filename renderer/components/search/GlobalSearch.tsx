import { Box, Button, Group, Kbd, Loader, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useHotkeys, useOs } from '@mantine/hooks';
import { IconBuilding, IconCalendarEvent, IconChecklist, IconSearch, IconSitemap, IconUser, type Icon } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchEntity } from '../../../electron/contract';
import { useApiQuery } from '../../api';
import { useLanguage } from '../../i18n/useLanguage';
import { navigate } from '../../router/useHashRoute';
import { ErrorState } from '../ErrorState/ErrorState';
import { groupHits, linesOfHit, pathOfHit, type SearchHit } from './searchTargets';

/** Typing pauses this long before the server is asked: results follow the typing closely. */
export const SEARCH_DEBOUNCE_MS = 120;
export const SEARCH_LIMIT = 40;

const KIND_ICONS: Record<SearchEntity, Icon> = {
  meeting: IconCalendarEvent,
  action_item: IconChecklist,
  person: IconUser,
  agency: IconBuilding,
  body: IconSitemap,
};

/**
 * The search of the whole desk: a button in the header and Ctrl+K (⌘K on a Mac) from anywhere,
 * even from inside a text field. It lives in the shell, so switching the language keeps it open
 * with what was typed.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [query, setQuery] = useState('');
  const os = useOs();
  const mac = os === 'macos' || os === 'ios';

  // No tags ignored: the shortcut works while typing in a form too.
  useHotkeys([['mod+K', () => open()]], []);

  const closeAndReset = () => {
    close();
    setQuery('');
  };

  return (
    <>
      <Button
        variant="default"
        size="sm"
        onClick={open}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          <Group gap={2} wrap="nowrap" aria-hidden visibleFrom="sm">
            <Kbd size="xs">{mac ? '⌘' : 'Ctrl'}</Kbd>
            <Kbd size="xs">K</Kbd>
          </Group>
        }
        aria-keyshortcuts={mac ? 'Meta+K' : 'Control+K'}
        aria-haspopup="dialog"
        title={t('search.openLabel')}
        data-testid="open-search"
      >
        {t('search.open')}
      </Button>
      <Modal opened={opened} onClose={closeAndReset} title={t('search.title')} size="lg" yOffset="10vh" data-testid="search-dialog">
        {opened ? <SearchPanel query={query} onQueryChange={setQuery} onDone={closeAndReset} /> : null}
      </Modal>
    </>
  );
}

function SearchPanel({ query, onQueryChange, onDone }: { query: string; onQueryChange: (q: string) => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const baseId = useId();
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const [debounced] = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const enabled = debounced !== '';
  const result = useApiQuery('search.global', { q: debounced, limit: SEARCH_LIMIT }, { enabled });

  const groups = useMemo(() => (enabled && result.data ? groupHits(result.data) : []), [enabled, result.data]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  // The active entry belongs to one set of results: a new set starts at its first entry.
  const [cursor, setCursor] = useState<{ of: SearchHit[]; index: number }>({ of: [], index: 0 });
  const active = cursor.of === flat ? cursor.index : 0;
  const setActive = (next: number | ((i: number) => number)) => setCursor({ of: flat, index: typeof next === 'function' ? next(active) : next });
  const starts = useMemo(() => groups.map((_, gi) => groups.slice(0, gi).reduce((n, g) => n + g.hits.length, 0)), [groups]);
  const optionId = (i: number) => `${baseId}-opt-${i}`;
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const stale = query.trim() !== '' && (debounced !== query.trim() || result.isFetching);
  const showList = enabled && flat.length > 0;
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onDone();
    navigate(pathOfHit(hit));
  };

  // An Enter typed before the results of the latest query came: what to open once they come.
  const pendingEnter = useRef<string | null>(null);
  const openPending = useEffectEvent(() => {
    const pending = pendingEnter.current;
    pendingEnter.current = null;
    if (pending !== null && pending === query.trim()) choose(flat[0]);
  });
  useEffect(() => {
    if (!stale) openPending();
  }, [stale, flat]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const n = flat.length;
    if (event.key === 'ArrowDown' && n > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % n);
    } else if (event.key === 'ArrowUp' && n > 0) {
      event.preventDefault();
      setActive((i) => (i - 1 + n) % n);
    } else if (event.key === 'Home' && n > 0 && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && n > 0 && event.ctrlKey) {
      event.preventDefault();
      setActive(n - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Results of an older query are not opened by an Enter typed after a newer one: a quick
      // typist's Enter waits for the results of what they typed, then opens the first.
      if (stale) pendingEnter.current = query.trim();
      else choose(flat[active]);
    }
  };

  let status: ReactNode = null;
  if (query.trim() === '') {
    status = (
      <Text size="sm" c="dimmed" id={hintId}>
        {t('search.hint')}
      </Text>
    );
  } else if (enabled && result.error) {
    status = <ErrorState error={result.error} onRetry={result.refetch} />;
  } else if (!result.data || (stale && flat.length === 0)) {
    status = (
      <Group gap="xs">
        <Loader size="xs" aria-hidden />
        <Text size="sm" c="dimmed">
          {t('search.searching')}
        </Text>
      </Group>
    );
  } else if (flat.length === 0) {
    status = (
      <Text size="sm" data-testid="search-no-results">
        {t('search.noResults', { q: debounced })}
      </Text>
    );
  }

  return (
    <Stack gap="sm">
      <TextInput
        data-autofocus
        value={query}
        onChange={(e) => onQueryChange(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        label={t('search.inputLabel')}
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={stale && showList ? <Loader size="xs" aria-hidden /> : null}
        size="md"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={showList ? listId : undefined}
        aria-activedescendant={showList ? optionId(active) : undefined}
        aria-describedby={query.trim() === '' ? hintId : undefined}
        autoComplete="off"
        spellCheck={false}
        data-testid="search-input"
      />
      <VisuallyHidden role="status" aria-live="polite">
        {enabled && result.data && !stale ? t('search.count', { n: flat.length }) : ''}
      </VisuallyHidden>
      {status}
      {showList ? (
        <ScrollArea.Autosize mah="55vh" type="auto" offsetScrollbars>
          <div id={listId} role="listbox" aria-label={t('search.resultsLabel')} ref={listRef} data-testid="search-results" aria-busy={stale || undefined}>
            {groups.map((group, gi) => {
              const headingId = `${baseId}-group-${group.kind}`;
              const KindIcon = KIND_ICONS[group.kind];
              return (
                <div role="group" aria-labelledby={headingId} key={group.kind}>
                  <Text id={headingId} size="xs" fw={700} tt="uppercase" c="dimmed" px="xs" pt="sm" pb={4} role="presentation">
                    {t(`search.kinds.${group.kind}`)}
                  </Text>
                  {group.hits.map((hit, hi) => {
                    const i = (starts[gi] ?? 0) + hi;
                    const selected = i === active;
                    const lines = linesOfHit(hit, lang);
                    return (
                      <UnstyledButton
                        component="div"
                        key={hit.id}
                        id={optionId(i)}
                        role="option"
                        aria-selected={selected}
                        tabIndex={-1}
                        data-index={i}
                        data-entity={hit.entity}
                        data-testid="search-hit"
                        onMouseMove={() => setActive(i)}
                        onMouseDown={(e) => e.preventDefault()}
                        onClick={() => choose(hit)}
                        w="100%"
                        px="xs"
                        py={6}
                        style={{
                          display: 'flex',
                          gap: 10,
                          alignItems: 'flex-start',
                          borderRadius: 'var(--mantine-radius-sm)',
                          background: selected ? 'var(--mantine-color-teal-0)' : undefined,
                          outline: selected ? '2px solid var(--mantine-color-teal-7)' : undefined,
                          outlineOffset: -2,
                          cursor: 'pointer',
                        }}
                      >
                        <Box pt={2} c={selected ? 'teal.8' : 'gray.7'} aria-hidden>
                          <KindIcon size={18} stroke={1.6} />
                        </Box>
                        <Box style={{ minWidth: 0, flex: 1 }}>
                          <Text size="sm" fw={500} lineClamp={2}>
                            {lines.primary}
                          </Text>
                          {lines.secondary ? (
                            <Text size="xs" c="gray.7" lineClamp={1}>
                              {lines.secondary}
                            </Text>
                          ) : null}
                        </Box>
                      </UnstyledButton>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </ScrollArea.Autosize>
      ) : null}
      <Group gap="md" c="gray.7" aria-hidden pt={4} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        <KeyHint keys={['↑', '↓']} label={t('search.keys.move')} />
        <KeyHint keys={['Enter']} label={t('search.keys.open')} />
        <KeyHint keys={['Esc']} label={t('search.keys.close')} />
      </Group>
    </Stack>
  );
}

function KeyHint({ keys, label }: { keys: string[]; label: string }) {
  return (
    <Group gap={4} wrap="nowrap" pt={6}>
      {keys.map((k) => (
        <Kbd size="xs" key={k}>
          {k}
        </Kbd>
      ))}
      <Text size="xs">{label}</Text>
    </Group>
  );
}
