import { Tabs } from '@mantine/core';
import { IconAddressBook, IconBuildingCommunity, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AgenciesTab } from '../components/directory/AgenciesTab';
import { useHashParams } from '../components/directory/hashParams';
import { LegalBasesTab } from '../components/directory/LegalBasesTab';
import { PeopleTab } from '../components/directory/PeopleTab';
import { PageHeader } from '../components/PageHeader/PageHeader';
import type { PageProps } from '../routes';

const TABS = ['agencies', 'people', 'legalBases'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => v !== null && (TABS as readonly string[]).includes(v);

/**
 * The directory: agencies (a tree with their history), people and legal bases. The tab and the
 * record on show live in the address (#/directory?tab=people&id=…), so search results and links
 * land on them; the other tabs stay mounted, keeping what was typed.
 */
export function DirectoryPage(_props: PageProps) {
  const { t } = useTranslation();
  const [params, setParams] = useHashParams();
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'agencies';
  const id = params.get('id');

  return (
    <>
      <PageHeader title={t('directory.title')} description={t('directory.description')} />
      <Tabs value={tab} onChange={(v) => isTab(v) && setParams({ tab: v, id: null })} keepMounted={false}>
        <Tabs.List aria-label={t('directory.tabs.label')} mb="md">
          <Tabs.Tab value="agencies" leftSection={<IconBuildingCommunity size={16} aria-hidden />}>
            {t('directory.tabs.agencies')}
          </Tabs.Tab>
          <Tabs.Tab value="people" leftSection={<IconAddressBook size={16} aria-hidden />}>
            {t('directory.tabs.people')}
          </Tabs.Tab>
          <Tabs.Tab value="legalBases" leftSection={<IconFileText size={16} aria-hidden />}>
            {t('directory.tabs.legalBases')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agencies">
          <AgenciesTab selectedId={tab === 'agencies' ? id : null} onSelect={(v) => setParams({ tab: 'agencies', id: v })} />
        </Tabs.Panel>
        <Tabs.Panel value="people">
          <PeopleTab openId={tab === 'people' ? id : null} onOpen={(v) => setParams({ tab: 'people', id: v })} />
        </Tabs.Panel>
        <Tabs.Panel value="legalBases">
          <LegalBasesTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
