import { labels } from '../../common/glossary';
import { en as todayEn } from './sections/today';
import { en as meetingPageEn } from './sections/meetingPage';
import { en as actionItemsEn } from './sections/actionItems';
import { en as focalEn } from './sections/focal';
import { en as directoryEn } from './sections/directory';
import { en as searchEn } from './sections/search';
import { en as settingsPageEn } from './sections/settingsPage';
import { en as exportsEn } from './sections/exports';
import { en as formsEn } from './sections/forms';
import { en as tripEn } from './sections/trip';
import { en as conflictsEn } from './sections/conflicts';
import { en as exchangeEn } from './sections/exchange';
import type { Resources } from './vi';

// English, the second language (ASEAN's working language). Same keys as vi.ts.
export const en: Resources = {
  app: {
    name: 'ASOEN Desk',
    tagline: 'ASOEN Vietnam Office',
  },
  nav: {
    label: 'Main sections',
    toggle: 'Open or close the list of sections',
    skip: 'Skip to content',
    today: 'Today',
    meetings: 'Meetings',
    actions: 'Action items',
    documents: 'Documents',
    focalPoints: 'Focal points',
    directory: 'Directory',
    conflicts: 'Conflicts',
    settings: 'Settings',
  },
  language: {
    label: 'Language',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  common: {
    retry: 'Retry',
    loading: 'Loading…',
    loadMore: 'Load more',
    none: '—',
    clearFilters: 'Clear filters',
    shown: 'Showing: {{n}}',
  },
  dialogs: {
    browse: 'Browse…',
    folderTitle: 'Choose a folder',
    backupFileTitle: 'Choose the backup file to restore',
    failed: 'The folder dialog could not be opened',
  },
  notFound: {
    title: 'There is no such page',
    description: 'This address does not lead to a screen of the app. Choose a section in the list on the left.',
    goHome: 'Go to Today',
  },
  meetings: {
    title: 'Meetings',
    description: 'ASEAN meetings that Viet Nam attends or hosts, most recent first.',
    tableCaption: 'List of meetings',
    search: {
      label: 'Search meetings',
      placeholder: 'For example: ASOEN 35, Viêng-chăn, vieng chan',
      hint: 'Vietnamese accents are optional.',
    },
    statusFilter: {
      label: 'Status',
      placeholder: 'All statuses',
    },
    columns: {
      title: 'Meeting',
      dates: 'Dates',
      city: 'City',
      status: 'Status',
      format: 'Format',
    },
    status: labels('meetingStatus', 'en'),
    format: labels('format', 'en'),
    related: {
      show: 'Show the related meetings of {{title}}',
      hide: 'Hide the related meetings of {{title}}',
      none: 'No related meetings.',
      loadFailed: 'The related meetings could not be loaded.',
    },
    empty: {
      title: 'No meetings yet',
      description:
        'Meetings appear here once they are added. To try the app, load the sample data: ASOEN and AMME meetings and focal points taken from public reports.',
    },
    noMatch: {
      title: 'No meeting matches',
      description: 'Try other words, or remove some of the status filters.',
    },
  },
  sample: {
    load: 'Load sample data',
    loaded: 'Sample data loaded: {{n}} items added.',
    alreadyLoaded: 'The sample data is already there; nothing new was added.',
    failed: 'The sample data could not be loaded',
  },
  settings: {
    title: 'Settings',
    language: {
      title: 'Display language',
      description: 'Meeting and agency names and all labels are shown in this language. The choice is remembered on this computer.',
    },
    about: {
      title: 'About the app',
      appVersion: 'App version',
      schemaVersion: 'Data schema version',
      dataFile: 'Data file',
      referenceVersion: 'Reference data version',
      sampleVersion: 'Sample data version',
      deviceId: 'Device ID',
      notLoaded: 'Not loaded',
    },
    sample: {
      title: 'Sample data',
      description:
        'Adds sample meetings, agencies, focal points and action items to try the app. Existing data is not changed, and loading again creates no duplicates.',
    },
  },
  errors: {
    title: 'Something went wrong',
    unexpected: 'Something unexpected went wrong. Try again.',
    codes: {
      VALIDATION: 'Some input is not valid',
      NOT_FOUND: 'Not found',
      CONFLICT: 'Changed elsewhere',
      CONSTRAINT: 'Not accepted',
      DUPLICATE: 'This record already exists',
      INTERNAL: 'Application error',
    },
    fields: {
      required: 'This is required.',
      tooShort: 'At least {{minimum}} characters.',
      tooLong: 'At most {{maximum}} characters.',
      tooSmall: 'The smallest value is {{minimum}}.',
      tooBig: 'The largest value is {{maximum}}.',
      atLeast: 'The minimum is {{minimum}}.',
      atMost: 'The maximum is {{maximum}}.',
      tooFew: 'Choose at least {{minimum}}.',
      tooMany: 'Choose at most {{maximum}}.',
      invalidFormat: 'The format is not valid.',
      invalidType: 'The value has the wrong type.',
      invalidValue: 'The value is not one of the allowed ones.',
      unrecognized: 'This field is not accepted.',
      generic: 'The value is not valid.',
      date_before_start: 'The end date cannot be before the start date.',
      same_agency: 'The successor must be another agency than the predecessor.',
      control_chars: 'The text holds hidden control characters (such as NUL) or broken characters. Remove them or type the text again.',
      doc_number: 'The number holds digits only (at most 6), or nothing.',
      doc_symbol: 'The symbol is in capitals, its parts joined by hyphens, e.g. ĐC-VPASEAN.',
      office_abbreviation: 'The abbreviation is in capitals with no spaces, e.g. VPASEAN.',
      date_out_of_range: 'The date must be between 01/01/1900 and 31/12/2200.',
      completed_on_required: 'Enter the completion date (the day the item was actually done).',
      completed_in_future: 'The completion date cannot be after today.',
    },
  },
  today: todayEn,
  meetingPage: meetingPageEn,
  actionItems: actionItemsEn,
  focal: focalEn,
  directory: directoryEn,
  search: searchEn,
  settingsPage: settingsPageEn,
  exchange: exchangeEn,
  forms: formsEn,
  conflicts: conflictsEn,
  exports: exportsEn,
  trip: tripEn,
};
