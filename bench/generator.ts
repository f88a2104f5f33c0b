import {
  MEMBER_STATE_CODES,
  type EventData,
  type EventStatus,
  type InstitutionData,
  type ObjectiveSection,
  type PresidencyData,
  type VenueData,
} from '@rcm/shared'

/**
 * Bumped whenever the generated database changes (2: search indexes optimized
 * after the load; 3: presidencies, types, countries, networks), so a cached one is not
 * reused across versions.
 */
export const GENERATOR_VERSION = 3

/** mulberry32: a small seeded PRNG, so every run generates the same calendar. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = () => number
const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('Nothing to pick from')
  return item
}
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1))

const ALL_DAY = { startTime: null, endTime: null, timeZone: null, meetingUrl: null, meetingUrlPublic: false }

const CITIES: Array<[string, string]> = [
  ['San Salvador', 'SV'],
  ['Tegucigalpa', 'HN'],
  ['Guatemala City', 'GT'],
  ['San José', 'CR'],
  ['Panama City', 'PA'],
  ['Managua', 'NI'],
  ['Mexico City', 'MX'],
  ['Ottawa', 'CA'],
  ['Washington, D.C.', 'US'],
  ['Santo Domingo', 'DO'],
  ['Belmopan', 'BZ'],
  ['Tapachula', 'MX'],
  ['Antigua Guatemala', 'GT'],
  ['Querétaro', 'MX'],
  ['Montréal', 'CA'],
]

const VENUE_KINDS: Array<[string, string]> = [
  ['Ministry of Foreign Affairs', 'Ministerio de Relaciones Exteriores'],
  ['Hotel Real Intercontinental', 'Hotel Real Intercontinental'],
  ['National Migration Institute', 'Instituto Nacional de Migración'],
  ['Convention Centre', 'Centro de Convenciones'],
  ['IOM Regional Office', 'Oficina Regional de la OIM'],
  ['Presidential House', 'Casa Presidencial'],
]

/** Some with a typographic apostrophe: one character outside Latin-1 changes how V8 builds JSON strings. */
const INSTITUTIONS: Array<[string, string, string, string]> = [
  ['International Organization for Migration', 'Organización Internacional para las Migraciones', 'IOM', 'OIM'],
  [
    'United Nations High Commissioner for Refugees',
    'Alto Comisionado de las Naciones Unidas para los Refugiados',
    'UNHCR',
    'ACNUR',
  ],
  ['International Committee of the Red Cross', 'Comité Internacional de la Cruz Roja', 'ICRC', 'CICR'],
  [
    'Office of the High Commissioner for Human Rights',
    'Oficina del Alto Comisionado para los Derechos Humanos',
    'OHCHR',
    'ACNUDH',
  ],
  [
    'Regional Network of Civil Organizations for Migration',
    'Red Regional de Organizaciones Civiles para las Migraciones',
    'RNCOM',
    'RROCM',
  ],
  ['United Nations Children’s Fund', 'Fondo de las Naciones Unidas para la Infancia', 'UNICEF', 'UNICEF'],
  ['International Labour Organization', 'Organización Internacional del Trabajo', 'ILO', 'OIT'],
  ['Pro Tempore Presidency', 'Presidencia Pro Tempore', 'PPT', 'PPT'],
  ['Technical Secretariat', 'Secretaría Técnica', 'ST', 'ST'],
  ['Central American Integration System', 'Sistema de la Integración Centroamericana', 'SICA', 'SICA'],
  [
    'Economic Commission for Latin America and the Caribbean',
    'Comisión Económica para América Latina y el Caribe',
    'ECLAC',
    'CEPAL',
  ],
  ['UN Women', 'ONU Mujeres', 'UN Women', 'ONU Mujeres'],
]

const KINDS: Array<[string, string]> = [
  ['Vice-Ministerial Meeting', 'Reunión Viceministerial'],
  ['Technical Workshop', 'Taller Técnico'],
  ['Regional Forum', 'Foro Regional'],
  ['Seminar', 'Seminario'],
  ['Working Group Meeting', 'Reunión del Grupo de Trabajo'],
  ['Virtual Training', 'Capacitación Virtual'],
  ['Regional Consultation Group on Migration', 'Grupo Regional de Consulta sobre Migración'],
]

const TOPICS: Array<[string, string]> = [
  ['Labour Migration', 'Migración Laboral'],
  ['Protection of Migrant Children', 'Protección de la Niñez Migrante'],
  ['Missing Migrants', 'Personas Migrantes Desaparecidas'],
  ['Return and Reintegration', 'Retorno y Reintegración'],
  ['Climate Change and Human Mobility', 'Cambio Climático y Movilidad Humana'],
  ['Migration Governance', 'Gobernanza de la Migración'],
  ['Trafficking in Persons', 'Trata de Personas'],
  ['Consular Protection', 'Protección Consular'],
  ['Migrants’ Health', 'Salud de las Personas Migrantes'],
  ['Border Management', 'Gestión de Fronteras'],
]

const ORDINALS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XX',
  'XXV',
  'XXVII',
]

const SENTENCES: Array<[string, string]> = [
  [
    'Strengthen regional cooperation among States and other stakeholders on migration governance.',
    'Fortalecer la cooperación regional entre los Estados y otros actores en materia de gobernanza migratoria.',
  ],
  [
    'Share information, experiences and best practices related to the RCM Strategic Plan.',
    'Intercambiar información, experiencias y buenas prácticas relacionadas con el Plan Estratégico de la CRM.',
  ],
  [
    'Review the implementation of the Regional Recommendations adopted by the Vice-Ministers.',
    'Revisar la implementación de las Recomendaciones Regionales adoptadas por los Viceministros.',
  ],
  [
    'Improve the collection of data on migrants who have died or disappeared in transit.',
    'Mejorar la recopilación de datos sobre personas migrantes fallecidas o desaparecidas en tránsito.',
  ],
  [
    'Build the capacities of consular officials to protect migrants’ rights.',
    'Fortalecer las capacidades del personal consular para proteger los derechos de las personas migrantes.',
  ],
  [
    'Approve the annual work plan of the Pro Tempore Presidency.',
    'Aprobar el plan de trabajo anual de la Presidencia Pro Tempore.',
  ],
  [
    'Promote safe, orderly and regular migration in line with the Global Compact.',
    'Promover una migración segura, ordenada y regular en consonancia con el Pacto Mundial.',
  ],
  [
    'Identify common approaches to address shared challenges at the borders.',
    'Identificar enfoques comunes para atender los desafíos compartidos en las fronteras.',
  ],
  [
    'Discuss labour mobility schemes and the recognition of qualifications.',
    'Debatir esquemas de movilidad laboral y el reconocimiento de calificaciones.',
  ],
  [
    'Present the findings of the regional analysis report.',
    'Presentar los hallazgos del informe de análisis regional.',
  ],
]

// A rare word: a few hundred events carry it, so a search for it returns a short list.
export const RARE_WORD = { accented: 'Quetzaltenango', plain: 'quetzaltenango' }
export const COMMON_WORD = { accented: 'migración', plain: 'migracion' }

const text = (en: string, es: string) => ({ en, es })

function objectives(random: Random): ObjectiveSection[] {
  const sections: ObjectiveSection[] = [
    {
      heading: text('General objective', 'Objetivo general'),
      intro: null,
      style: 'paragraph',
      items: [{ text: text(...pick(random, SENTENCES)), items: [] }],
    },
  ]
  const count = between(random, 2, 5)
  const items = Array.from({ length: count }, () => {
    const subCount = random() < 0.3 ? between(random, 1, 3) : 0
    return {
      text: text(...pick(random, SENTENCES)),
      items: Array.from({ length: subCount }, () => ({ text: text(...pick(random, SENTENCES)) })),
    }
  })
  sections.push({
    heading: text('Specific objectives', 'Objetivos específicos'),
    intro: random() < 0.5 ? text('The meeting seeks to:', 'La reunión busca:') : null,
    style: random() < 0.5 ? 'numbered' : 'bullets',
    items,
  })
  return sections
}

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

// 1996 (the RCM's first meeting) to 2030.
const FIRST_DAY = Date.UTC(1996, 0, 1) / 86_400_000
const LAST_DAY = Date.UTC(2030, 11, 31) / 86_400_000

export interface GeneratedEvent {
  data: EventData
  status: EventStatus
}

/** The year migrations/0017 seeds a presidency for; the generator adds one for every other year. */
const SEEDED_PRESIDENCY_YEAR = 2026

/** One pro tempore presidency a year from 1996 to 2030, the member states in turn. */
export function generatePresidencies(): PresidencyData[] {
  return Array.from({ length: 35 }, (_, index) => 1996 + index)
    .filter((year) => year !== SEEDED_PRESIDENCY_YEAR)
    .map((year) => ({
      countryCode: MEMBER_STATE_CODES[year % MEMBER_STATE_CODES.length] ?? 'SV',
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
      theme: { en: `RCM ${year}`, es: `CRM ${year}` },
    }))
}

/** The event types and networks migrations/0017 seeds. */
const TYPE_IDS = [1, 2, 3, 4, 5, 6]
const NETWORK_IDS = [1, 2]

/** The venues of the calendar: a few per city. */
export function generateVenues(): VenueData[] {
  const random = seededRandom(7)
  return CITIES.flatMap(([city, country]) =>
    VENUE_KINDS.filter(() => random() < 0.6).map(([en, es]) => ({
      name: text(en, es),
      city,
      country,
      address: random() < 0.5 ? `Av. ${between(random, 1, 99)} Sur, ${city}` : null,
    })),
  )
}

export function generateInstitutions(): InstitutionData[] {
  return INSTITUTIONS.map(([nameEn, nameEs, acronymEn, acronymEs]) => ({
    name: text(nameEn, nameEs),
    acronym: text(acronymEn, acronymEs),
  }))
}

/**
 * Event number `index` (0-based) of the calendar, the same on every run:
 * both languages (some English-only), nested objectives, venues (none when
 * virtual), institutions, contacts; about 60% published, dates spread from
 * 1996 to 2030, about 3% undated.
 */
export function generateEvent(
  index: number,
  venueIds: readonly number[],
  venueCities: ReadonlyMap<number, string>,
  institutionIds: readonly number[],
): GeneratedEvent {
  const random = seededRandom(1_000_003 * (index + 1))
  const [kindEn, kindEs] = pick(random, KINDS)
  const [topicEn, topicEs] = pick(random, TOPICS)
  const ordinal = pick(random, ORDINALS)
  const rare = random() < 0.004
  const englishOnly = random() < 0.1
  const title = text(
    `${ordinal} ${kindEn} on ${topicEn}${rare ? ` in ${RARE_WORD.accented}` : ''}`,
    englishOnly ? '' : `${ordinal} ${kindEs} sobre ${topicEs}${rare ? ` en ${RARE_WORD.accented}` : ''}`,
  )
  const [sentenceEn, sentenceEs] = pick(random, SENTENCES)
  const description = text(
    `<p>The ${kindEn.toLowerCase()} brings together the member countries of the Regional Conference on Migration ` +
      `to address <strong>${topicEn.toLowerCase()}</strong>.</p><p>${sentenceEn}</p>`,
    englishOnly
      ? ''
      : `<p>La ${kindEs.toLowerCase()} reúne a los países miembros de la Conferencia Regional sobre Migración ` +
          `para abordar la <strong>${topicEs.toLowerCase()}</strong>.</p><p>${sentenceEs}</p>`,
  )
  const modality = random() < 0.7 ? 'in_person' : random() < 0.5 ? 'virtual' : 'hybrid'
  const venueId = modality === 'virtual' ? null : pick(random, venueIds)
  const city = venueId === null ? '' : (venueCities.get(venueId) ?? '')
  const undated = random() < 0.03
  const start = between(random, FIRST_DAY, LAST_DAY)
  const length = random() < 0.5 ? 0 : between(random, 1, 4)
  const institutionCount = between(random, 1, 4)
  const institutions = [...institutionIds].sort(() => random() - 0.5).slice(0, institutionCount)
  const roll = random()
  const status: EventStatus = roll < 0.6 ? 'published' : roll < 0.85 ? 'draft' : roll < 0.95 ? 'in_review' : 'archived'
  return {
    status,
    data: {
      title,
      description,
      objectives: objectives(random),
      startDate: undated ? null : isoDate(start),
      endDate: undated || length === 0 ? null : isoDate(start + length),
      modality,
      city,
      venueId,
      institutionIds: institutions,
      contactEmails: random() < 0.8 ? ['crmst@iom.int'] : [],
      contactPhones: random() < 0.3 ? [`+506 ${between(random, 2000, 8999)}${between(random, 1000, 9999)}`] : [],
      documents: [],
      imageFileId: null,
      // times and meeting link (issue 18 §2): all-day events, so the generated data stays what it was
      ...ALL_DAY,
      // The presidency is left to the server (the one of the start date); a type, up to three countries, a network now and then.
      presidencyId: null,
      typeId: pick(random, TYPE_IDS),
      countryCodes: [...MEMBER_STATE_CODES].sort(() => random() - 0.5).slice(0, between(random, 0, 3)),
      networkIds: random() < 0.2 ? [pick(random, NETWORK_IDS)] : [],
    },
  }
}
