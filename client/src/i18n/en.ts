import { taxonomyMessages } from '../taxonomy/taxonomyMessages'
import { mergeTranslations, type StringMap } from 'react-admin'
import { eventFormMessages } from '../events/eventFormMessages'
import { webhookMessages } from '../webhooks/webhookMessages'
import { auditMessages } from '../audit-log/auditMessages'
import { calendarMessages } from '../calendar/calendarMessages'
import { timeMessages } from '../times/timeMessages'
import { dashboardMessages } from '../dashboard/dashboardMessages'
import { translationMessages } from '../translation/translationMessages'
import { importMessages } from '../import/importMessages'
import { accountMessages } from '../users/accountMessages'
import { draftMessages } from '../common/draftMessages'
import { noticeMessages } from '../notifications/noticeMessages'
import { fileMessages } from '../files/fileMessages'
import { notificationMessages } from './notificationMessages'
import { workflowMessages } from './workflowMessages'
import { withNamesInSentences } from './resourceNames'

/** A catalogue with the same keys as `T`, every text a string: es.ts is typed by en.ts. */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> }

/** The app's English texts; react-admin's own come from ra-language-english. */
export const enApp = {
  ra: {
    locales: { en: 'English', es: 'Spanish' },
    // react-admin's not-found page adds the full stop itself.
    message: { not_found: 'Either you typed a wrong URL, or you followed a bad link' },
    // ra-input-rich-text's toolbar; it has English fallbacks but no catalogue.
    tiptap: {
      align_left: 'Align left',
      align_right: 'Align right',
      align_center: 'Center',
      align_justify: 'Justify',
      blockquote: 'Blockquote',
      bold: 'Bold',
      clear_format: 'Clear format',
      code: 'Code',
      color: 'Color',
      current_level: 'Current level',
      heading1: 'Heading 1',
      heading2: 'Heading 2',
      heading3: 'Heading 3',
      heading4: 'Heading 4',
      heading5: 'Heading 5',
      heading6: 'Heading 6',
      highlight: 'Highlight',
      image: 'Image',
      image_dialog: 'Image URL',
      italic: 'Italic',
      link: 'Add a link',
      list_bulleted: 'Bulleted list',
      list_numbered: 'Numbered list',
      paragraph: 'Normal',
      select_level: 'Select the level',
      strike: 'Strikethrough',
      underline: 'Underline',
    },
  },
  rcm: {
    title: 'RCM events calendar',
    conference: 'Regional Conference on Migration',
    language: 'Language',
    dates: { to_be_confirmed: 'to be confirmed' },
    notification: {
      conflict:
        'Someone else saved this record after you opened it. Reload the page to see their changes, then make yours again.',
    },
    related_events: { none: 'No event uses it yet.' },
    // the History tab's version list (its other texts are in workflowMessages)
    history: { versions: 'Versions' },
  },
  resources: {
    events: {
      name: 'Event |||| Events',
      fields: {
        id: 'Id',
        title: 'Title',
        description: 'About the event',
        objectives: 'Objectives',
        dates: 'Dates',
        startDate: 'Start date',
        endDate: 'End date',
        modality: 'Modality',
        city: 'City',
        venueId: 'Venue',
        institutionIds: 'Coordinating institutions',
        contactEmails: 'Email',
        contactPhones: 'Phone',
        status: 'Status',
        hasUnpublishedChanges: 'Unpublished changes',
        publishedAt: 'Published',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
      filters: {
        startDate_gte: 'Starts from',
        startDate_lte: 'Starts until',
        institutionId: 'Institution',
      },
      modality: { in_person: 'In person', virtual: 'Virtual', hybrid: 'Hybrid' },
      status: {
        draft: 'Draft',
        in_review: 'In review',
        published: 'Published',
        archived: 'Archived',
        unpublished_changes: 'Unpublished changes',
      },
      preview: {
        button: 'Preview',
        hint: 'How the saved version will look on the public calendar (opens in a new tab)',
      },
      show: { about: 'About the event' },
    },
    venues: {
      name: 'Venue |||| Venues',
      fields: { id: 'Id', name: 'Name', city: 'City', country: 'Country', address: 'Address' },
      helpers: { country: 'Two-letter ISO code, e.g. SV' },
      related_events: 'Events at this venue',
    },
    institutions: {
      name: 'Institution |||| Institutions',
      fields: { id: 'Id', name: 'Name', acronym: 'Acronym' },
      related_events: 'Events it coordinates',
    },
  },
}

/** Everything the app adds to react-admin's English, the event form's texts included. */
const enMerged: StringMap = mergeTranslations(
  enApp,
  eventFormMessages.en,
  workflowMessages.en,
  webhookMessages.en,
  importMessages.en,
  accountMessages.en,
  draftMessages.en,
  dashboardMessages.en,
  translationMessages.en,
  auditMessages.en,
  calendarMessages.en,
  notificationMessages.en,
  noticeMessages.en,
  fileMessages.en,
  // times and meeting link (issue 18 §2)
  timeMessages.en,
  taxonomyMessages.en,
)

/** The same, with the resources' names as they read inside a sentence. */
export const en: StringMap = withNamesInSentences(enMerged, 'Create %{name}')
