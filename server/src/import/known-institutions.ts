import type { InstitutionData } from '@rcm/shared'

/** An institution the legacy pages name, in both languages, and the other ways the pages write it. */
export interface KnownInstitution extends InstitutionData {
  aliases: string[]
}

const known = (
  en: string,
  es: string,
  acronymEn: string,
  acronymEs: string,
  aliases: string[] = [],
): KnownInstitution => ({
  name: { en, es },
  acronym: { en: acronymEn, es: acronymEs },
  aliases,
})

/**
 * The institutions that coordinate RCM events, so that "OIM" on one event and
 * "IOM" on another become one record, created in both languages the first time
 * the importer needs it. Names are the organizations' own official names.
 */
export const KNOWN_INSTITUTIONS: readonly KnownInstitution[] = [
  known('International Organization for Migration', 'Organización Internacional para las Migraciones', 'IOM', 'OIM', [
    'International Organisation for Migration',
    'UN Migration',
    'OIM ONU Migración',
  ]),
  known('International Committee of the Red Cross', 'Comité Internacional de la Cruz Roja', 'ICRC', 'CICR'),
  known(
    'Office of the United Nations High Commissioner for Human Rights',
    'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
    'OHCHR',
    'ACNUDH',
    ['UN Human Rights', 'ONU Derechos Humanos'],
  ),
  known(
    'Regional Network of Civil Society Organizations for Migration',
    'Red Regional de Organizaciones Civiles para las Migraciones',
    'RNCOM',
    'RROCM',
  ),
  known('International Labour Organization', 'Organización Internacional del Trabajo', 'ILO', 'OIT', [
    'International Labor Organization',
  ]),
  known("United Nations Children's Fund", 'Fondo de las Naciones Unidas para la Infancia', 'UNICEF', 'UNICEF'),
  known(
    'United Nations Office on Drugs and Crime',
    'Oficina de las Naciones Unidas contra la Droga y el Delito',
    'UNODC',
    'UNODC',
  ),
  known(
    'Office of the United Nations High Commissioner for Refugees',
    'Alto Comisionado de las Naciones Unidas para los Refugiados',
    'UNHCR',
    'ACNUR',
    ['UN Refugee Agency', 'Agencia de la ONU para los Refugiados'],
  ),
  known('United Nations Development Programme', 'Programa de las Naciones Unidas para el Desarrollo', 'UNDP', 'PNUD'),
  known('United Nations Population Fund', 'Fondo de Población de las Naciones Unidas', 'UNFPA', 'UNFPA'),
  known(
    'United Nations Entity for Gender Equality and the Empowerment of Women',
    'Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las Mujeres',
    'UN Women',
    'ONU Mujeres',
  ),
  known('Regional Conference on Migration', 'Conferencia Regional sobre Migración', 'RCM', 'CRM'),
  known('Regional Consultation Group on Migration', 'Grupo Regional de Consulta sobre Migración', 'RCGM', 'GRCM'),
  known('South American Conference on Migration', 'Conferencia Suramericana sobre Migraciones', 'SACM', 'CSM', [
    'Conferencia Sudamericana sobre Migraciones',
  ]),
  known(
    'Pro Tempore Presidency of El Salvador',
    'Presidencia Pro Tempore de El Salvador',
    'El Salvador PPT',
    'PPT El Salvador',
    ['PPT of El Salvador', 'PPT de El Salvador', 'El Salvador Pro Tempore Presidency'],
  ),
  known('Ministry of Foreign Affairs', 'Ministerio de Relaciones Exteriores', '', '', [
    'Foreign Ministry',
    'Cancillería',
  ]),
]
