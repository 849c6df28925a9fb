import '@mantine/spotlight/styles.css';
import { Box, Button, Group, Kbd, Loader, Text, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue, useOs } from '@mantine/hooks';
import { createSpotlight, Spotlight, useSpotlight, type SpotlightStore } from '@mantine/spotlight';
import { IconBuilding, IconCalendarEvent, IconChecklist, IconSearch, IconSitemap, IconUser, type Icon } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchEntity } from '../../../electron/contract';
import { useApiQuery } from '../../api';
import { useLanguage } from '../../i18n/useLanguage';
import { navigate } from '../../router/useHashRoute';
import { ErrorState } from '../ErrorState/ErrorState';
import classes from './GlobalSearch.module.css';
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

/** No tags ignored: the shortcut works while typing in a form too. */
const SHORTCUT_EVERYWHERE: string[] = [];

/**
 * The search of the whole desk, on Mantine's Spotlight: a button in the header and Ctrl+K (⌘K on
 * a Mac) from anywhere, even from inside a text field. Spotlight gives the dialog, the shortcut,
 * the arrow keys and Enter; the results come from the server (search.global) as one types, and
 * the combobox's ARIA (which Spotlight does not set) is added here. It lives in the shell, so
 * switching the language keeps it open with what was typed.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  // A store of its own rather than Spotlight's global one: each mounted search opens alone.
  const [[store, spotlight]] = useState(createSpotlight);
  const [query, setQuery] = useState('');
  const os = useOs();
  const mac = os === 'macos' || os === 'ios';

  return (
    <>
      <Button
        variant="default"
        size="sm"
        onClick={spotlight.open}
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
      <Spotlight.Root
        store={store}
        query={query}
        onQueryChange={setQuery}
        shortcut="mod + K"
        tagsToIgnore={SHORTCUT_EVERYWHERE}
        // Spotlight's dialog has no title: its name is given here.
        attributes={{ content: { 'aria-label': t('search.title') } }}
        classNames={{ actionsList: classes.actionsList, action: classes.action }}
        data-testid="search-dialog"
      >
        <SearchPanel store={store} query={query} onDone={spotlight.close} />
      </Spotlight.Root>
    </>
  );
}

/** What the dialog shows while it is open (Spotlight mounts it only then). */
function SearchPanel({ store, query, onDone }: { store: SpotlightStore; query: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const baseId = useId();
  const listboxId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const [debounced] = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const enabled = debounced !== '';
  const result = useApiQuery('search.global', { q: debounced, limit: SEARCH_LIMIT }, { enabled });

  const groups = useMemo(() => (enabled && result.data ? groupHits(result.data) : []), [enabled, result.data]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const starts = useMemo(() => groups.map((_, gi) => groups.slice(0, gi).reduce((n, g) => n + g.hits.length, 0)), [groups]);
  const optionId = (i: number) => `${baseId}-opt-${i}`;
  const listRef = useRef<HTMLDivElement>(null);

  // The active entry is Spotlight's selected action: the arrow keys move it (Spotlight's own
  // handler), Enter clicks the action marked data-selected. It is rendered from the store here, so
  // the attribute, aria-selected and aria-activedescendant always name the same entry.
  const { selected } = useSpotlight(store);
  const showList = enabled && flat.length > 0;
  const active = showList && selected >= 0 && selected < flat.length ? selected : -1;
  // setState tells the store's subscribers (this component); Spotlight's own moves do not.
  const select = (index: number) => store.setState((state) => ({ ...state, selected: index }));

  // A new set of results starts at its first entry (Spotlight selects the first action when the
  // query changes, but these come later, from the server).
  useEffect(() => {
    if (flat.length > 0) store.setState((state) => ({ ...state, selected: 0 }));
  }, [flat, store]);
  useEffect(() => {
    if (active >= 0) listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const stale = query.trim() !== '' && (debounced !== query.trim() || result.isFetching);
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

  // Runs before Spotlight's own key handler (which moves with the arrows and opens on Enter).
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const n = flat.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // Spotlight moves the selection in the page and its store without telling anyone: once its
      // handler has run, the store tells this component, which renders the ARIA of the new entry.
      queueMicrotask(() => store.setState((state) => state));
    } else if (event.key === 'Home' && n > 0 && event.ctrlKey) {
      event.preventDefault();
      select(0);
    } else if (event.key === 'End' && n > 0 && event.ctrlKey) {
      event.preventDefault();
      select(n - 1);
    } else if (event.key === 'Enter' && stale) {
      // Results of an older query are not opened by an Enter typed after a newer one: a quick
      // typist's Enter waits for the results of what they typed, then opens the first. Spotlight
      // clicks the action marked data-selected right after this handler: there is none now.
      pendingEnter.current = query.trim();
      listRef.current?.querySelector('[data-selected]')?.removeAttribute('data-selected');
      select(-1);
    }
  };

  let status: ReactNode = null;
  if (query.trim() === '') {
    status = (
      <Text size="sm" c="dimmed" id={hintId} px="md" py="sm">
        {t('search.hint')}
      </Text>
    );
  } else if (enabled && result.error) {
    status = (
      <Box px="md" py="sm">
        <ErrorState error={result.error} onRetry={result.refetch} />
      </Box>
    );
  } else if (!result.data || (stale && flat.length === 0)) {
    status = (
      <Group gap="xs" px="md" py="sm">
        <Loader size="xs" aria-hidden />
        <Text size="sm" c="dimmed">
          {t('search.searching')}
        </Text>
      </Group>
    );
  } else if (flat.length === 0) {
    status = <Spotlight.Empty data-testid="search-no-results">{t('search.noResults', { q: debounced })}</Spotlight.Empty>;
  }

  return (
    <>
      <Spotlight.Search
        data-autofocus
        onKeyDown={onKeyDown}
        aria-label={t('search.inputLabel')}
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={20} aria-hidden />}
        rightSection={stale && showList ? <Loader size="xs" aria-hidden /> : null}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={showList ? listboxId : undefined}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
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
        <Spotlight.ActionsList>
          <div id={listboxId} role="listbox" aria-label={t('search.resultsLabel')} ref={listRef} data-testid="search-results" aria-busy={stale || undefined}>
            {groups.map((group, gi) => {
              const label = t(`search.kinds.${group.kind}`);
              const KindIcon = KIND_ICONS[group.kind];
              return (
                // Spotlight shows the label above the group; the group is named by it too.
                <Spotlight.ActionsGroup key={group.kind} label={label} role="group" aria-label={label}>
                  {group.hits.map((hit, hi) => {
                    const i = (starts[gi] ?? 0) + hi;
                    const lines = linesOfHit(hit, lang);
                    return (
                      <Spotlight.Action
                        key={hit.id}
                        // Spotlight.Action keeps its `id` prop for itself (an action's key): the
                        // option's id, which aria-activedescendant names, is set on the element.
                        ref={(el: HTMLButtonElement | null) => {
                          if (el) el.id = optionId(i);
                        }}
                        role="option"
                        aria-selected={i === active}
                        data-selected={i === active || undefined}
                        data-index={i}
                        data-entity={hit.entity}
                        data-testid="search-hit"
                        label={lines.primary}
                        description={lines.secondary ?? undefined}
                        leftSection={<KindIcon size={20} stroke={1.6} aria-hidden />}
                        onMouseMove={() => i !== active && select(i)}
                        onClick={() => choose(hit)}
                      />
                    );
                  })}
                </Spotlight.ActionsGroup>
              );
            })}
          </div>
        </Spotlight.ActionsList>
      ) : null}
      <Spotlight.Footer aria-hidden>
        <Group gap="md" c="gray.7">
          <KeyHint keys={['↑', '↓']} label={t('search.keys.move')} />
          <KeyHint keys={['Enter']} label={t('search.keys.open')} />
          <KeyHint keys={['Esc']} label={t('search.keys.close')} />
        </Group>
      </Spotlight.Footer>
    </>
  );
}

function KeyHint({ keys, label }: { keys: string[]; label: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((k) => (
        <Kbd size="xs" key={k}>
          {k}
        </Kbd>
      ))}
      <Text size="xs">{label}</Text>
    </Group>
  );
}
