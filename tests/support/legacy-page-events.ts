import { fileURLToPath } from 'node:url'
import type { Modality, ObjectiveStyle } from '@rcm/shared'

/** The demo page: the English edition of the legacy events page. */
export const LEGACY_PAGE_EN = fileURLToPath(new URL('../../server/demo/legacy-events-page.en.txt', import.meta.url))

/** A section as [heading, intro, style, number of items]. */
export type SectionSummary = [heading: string, intro: string | null, style: ObjectiveStyle, items: number]

export interface LegacyEventSummary {
  title: string
  city: string
  venue: string | null
  modality: Modality
  sections: SectionSummary[]
  /** As the page writes them, in its order. */
  institutions: string[]
  emails: string[]
  phones: string[]
}

const ST = 'crmst@iom.int'
const PHONE = '+506 88511009'
const FORUM_INTRO =
  'Based on the outcomes and recommendations from the I Forum of Champion Countries in the Americas, the meeting seeks to:'
const DECLARATION_INTRO =
  'This activity was approved at the Vice-Ministerial Meeting in December 2021. Likewise, decision 4, paragraph d of the Vice-Ministerial Declaration states:'
const WORK_PLAN_INTRO = 'Also, the RCM PPT Work Plan for 2022 establishes the following structural activity:'

/** What the importer must read from each of the ten events of the page, in the page's order. */
export const LEGACY_PAGE_EVENTS: LegacyEventSummary[] = [
  {
    title: 'II Forum of Champion Countries of the Americas',
    city: 'San Salvador',
    venue: 'San Salvador',
    modality: 'in_person',
    sections: [['Objectives', FORUM_INTRO, 'bullets', 3]],
    institutions: ['IOM'],
    emails: [ST],
    phones: [],
  },
  {
    title:
      'Forum-Workshop: Follow-up on the Implementation of the Regional Recommendations to Promote the Exchange ' +
      'of Information for the Search for Missing Persons in the Context of Migration',
    city: 'San Salvador',
    venue: 'San Salvador',
    modality: 'in_person',
    sections: [
      ['General objective', null, 'paragraph', 1],
      ['Specific objectives', null, 'numbered', 3],
    ],
    institutions: ['ICRC', 'OHCHR', 'IOM', 'RNCOM'],
    emails: [ST],
    phones: [],
  },
  {
    title: 'RCGM Meeting and XXVII Vice-Ministerial Meeting',
    city: 'San Salvador',
    venue: 'Ministry of Foreign Affairs',
    modality: 'in_person',
    sections: [
      ['Objectives of the Meeting', null, 'bullets', 5],
      ['Objectives of the Vice-Ministerial Meeting', null, 'bullets', 6],
    ],
    institutions: ['Ministry of Foreign Affairs'],
    emails: [ST],
    phones: [],
  },
  {
    title: 'Regional Seminar: Capacity-Building for Local Governments on Migration and Human Mobility',
    city: 'San Salvador',
    venue: 'Hotel Sheraton Presidente',
    modality: 'in_person',
    sections: [['General objective', null, 'paragraph', 1]],
    institutions: ['El Salvador PPT', 'IOM'],
    emails: [ST],
    phones: [PHONE],
  },
  {
    title: 'II Workshop on Search Mechanisms for Missing Migrants',
    city: 'San Salvador',
    venue: 'Hotel Sheraton Presidente',
    modality: 'in_person',
    sections: [['General Objective', null, 'paragraph', 1]],
    institutions: ['El Salvador PPT', 'ICRC'],
    emails: [ST],
    phones: [PHONE],
  },
  {
    title: 'First Regional Forum on Communication on Migration',
    city: 'San Salvador',
    venue: 'Hotel Intercontinental',
    modality: 'in_person',
    sections: [['General Objective', null, 'paragraph', 1]],
    institutions: ['El Salvador PPT', 'OIM'],
    emails: [ST],
    phones: [PHONE],
  },
  {
    title: 'Meeting of the Regional Consultation Group on Migration (RCGM)',
    city: 'San Salvador',
    venue: 'Hotel Sheraton Presidente',
    modality: 'in_person',
    sections: [['', null, 'paragraph', 1]],
    institutions: ['Ministry of Foreign Affairs'],
    emails: [ST],
    phones: [],
  },
  {
    title: 'IV Congress on Women in Migration Contexts',
    city: 'San Salvador',
    venue: 'Hotel Real Intercontinental',
    modality: 'in_person',
    sections: [
      ['General Objective', null, 'paragraph', 1],
      ['Specific Objectives', null, 'bullets', 3],
    ],
    institutions: ['Ministry of Foreign Affairs'],
    emails: ['airodas@rree.gob.sv'],
    phones: [],
  },
  {
    title: 'Technical Exchange on Migrant Smuggling',
    city: 'San Salvador',
    venue: null,
    modality: 'virtual',
    sections: [['Objectives', null, 'bullets', 5]],
    institutions: ['El Salvador PPT'],
    emails: [ST],
    phones: [],
  },
  {
    title:
      'III Plenary Meeting Between the Regional Conference on Migration (RCM) and the South American Conference on Migration (SACM)',
    city: 'San Salvador / Santiago',
    venue: null,
    modality: 'virtual',
    sections: [
      ['', DECLARATION_INTRO, 'paragraph', 1],
      ['', WORK_PLAN_INTRO, 'bullets', 1],
    ],
    institutions: ['RCM', 'SACM'],
    emails: [ST],
    phones: [],
  },
]
