import type { EventInput, InstitutionInput, VenueInput } from '@rcm/shared'

let sequence = 0
const next = () => ++sequence

/** A valid event input; every call gets a distinct title. */
export function buildEvent(overrides: Partial<EventInput> = {}): EventInput {
  const n = next()
  return {
    title: { en: `Technical workshop ${n}`, es: `Taller técnico ${n}` },
    description: { en: '<p>A workshop of the RCM.</p>', es: '<p>Un taller de la CRM.</p>' },
    objectives: [],
    startDate: '2026-05-12',
    endDate: '2026-05-13',
    modality: 'in_person',
    city: 'San José',
    venueId: null,
    institutionIds: [],
    contactEmails: ['crmst@iom.int'],
    contactPhones: ['+506 88511009'],
    ...overrides,
  }
}

/** A valid venue input; every call gets a distinct name. */
export function buildVenue(overrides: Partial<VenueInput> = {}): VenueInput {
  const n = next()
  return {
    name: { en: `Conference centre ${n}`, es: `Centro de conferencias ${n}` },
    city: 'San Salvador',
    country: 'SV',
    address: null,
    ...overrides,
  }
}

/** A valid institution input; every call gets a distinct name. */
export function buildInstitution(overrides: Partial<InstitutionInput> = {}): InstitutionInput {
  const n = next()
  return {
    name: { en: `Ministry of Labour ${n}`, es: `Ministerio de Trabajo ${n}` },
    acronym: { en: `ML${n}`, es: `MT${n}` },
    ...overrides,
  }
}
