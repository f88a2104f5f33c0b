// No zod here: the admin's time display and the public page read these without the schemas.

/** The time zone an event at a venue in each RCM member state starts with; the editor can change it. */
export const MEMBER_STATE_TIME_ZONES = {
  BZ: 'America/Belize',
  // Canada spans six zones; its federal capital's is the one most of its RCM meetings are held in.
  CA: 'America/Toronto',
  CR: 'America/Costa_Rica',
  DO: 'America/Santo_Domingo',
  SV: 'America/El_Salvador',
  GT: 'America/Guatemala',
  HN: 'America/Tegucigalpa',
  MX: 'America/Mexico_City',
  NI: 'America/Managua',
  PA: 'America/Panama',
  US: 'America/New_York',
} as const satisfies Record<string, string>

/** The member states' names in English and Spanish, lower case and without accents, with their ISO code. */
const MEMBER_STATE_NAMES: Record<string, keyof typeof MEMBER_STATE_TIME_ZONES> = {
  belize: 'BZ',
  belice: 'BZ',
  canada: 'CA',
  'costa rica': 'CR',
  'dominican republic': 'DO',
  'the dominican republic': 'DO',
  'republica dominicana': 'DO',
  'el salvador': 'SV',
  guatemala: 'GT',
  honduras: 'HN',
  mexico: 'MX',
  nicaragua: 'NI',
  panama: 'PA',
  'united states': 'US',
  'united states of america': 'US',
  'the united states': 'US',
  'estados unidos': 'US',
  'estados unidos de america': 'US',
}

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()

/**
 * The time zone an event takes by default from its venue's country: an ISO
 * 3166 code (what venues store) or a member state's name in either language.
 * Null for a country outside the RCM or none.
 */
export function defaultTimeZone(country: string | null | undefined): string | null {
  if (!country) return null
  const upper = country.trim().toUpperCase()
  if (upper in MEMBER_STATE_TIME_ZONES) return MEMBER_STATE_TIME_ZONES[upper as keyof typeof MEMBER_STATE_TIME_ZONES]
  const code = MEMBER_STATE_NAMES[plain(country)]
  return code ? MEMBER_STATE_TIME_ZONES[code] : null
}

// Each part of an IANA name starts with a capital ("America/Port-au-Prince", "Etc/GMT+5", "UTC"): Intl also takes
// "america/new_york", which a calendar app would not recognise as a TZID.
const ZONE_NAME = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Z][A-Za-z0-9_+-]*)*$/
const MAX_ZONE_LENGTH = 64
const knownZones = new Map<string, boolean>()

/** Whether `name` is an IANA time zone this runtime knows (Intl.DateTimeFormat accepts it), written as IANA writes it. */
export function isTimeZone(name: string): boolean {
  if (name.length > MAX_ZONE_LENGTH || !ZONE_NAME.test(name)) return false
  let known = knownZones.get(name)
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name })
      known = true
    } catch {
      known = false
    }
    if (knownZones.size >= 1000) knownZones.clear()
    knownZones.set(name, known)
  }
  return known
}

/** Every IANA zone of the runtime, the member states' first (in the order above), for a picker. */
export function timeZoneChoices(): string[] {
  const first: string[] = [...new Set(Object.values(MEMBER_STATE_TIME_ZONES))]
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return [...first, ...all.filter((zone) => !first.includes(zone))]
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>()

/** The zone's offset from UTC at `instant`, in minutes (east positive): -360 for America/El_Salvador. */
export function zoneOffsetMinutes(timeZone: string, instant: number): number {
  let format = offsetFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    offsetFormats.set(timeZone, format)
  }
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0)
  return match[1] === '-' ? -minutes : minutes
}

/**
 * The instant (ms since the epoch) of a wall-clock date and time in `timeZone`.
 * A time that a DST change skips is read with the offset before the change, as
 * RFC 5545 §3.3.5 says calendar apps do; a time that happens twice, as the first.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  const wall = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0)
  // The offset a day earlier is the one in force before any change on that day.
  const before = zoneOffsetMinutes(timeZone, wall - 86_400_000)
  const guess = wall - before * 60_000
  const after = zoneOffsetMinutes(timeZone, guess)
  if (after === before) return guess
  const shifted = wall - after * 60_000
  // Only a wall time that exists in the later offset is read with it; a skipped one keeps the earlier offset.
  return zoneOffsetMinutes(timeZone, shifted) === after ? shifted : guess
}
