import { z } from 'zod'
import { LocalizedTextSchema, RequiredLocalizedTextSchema } from './primitives'

/** An institution, e.g. name "International Organization for Migration" / acronym IOM, OIM. */
export const institutionInputShape = {
  name: RequiredLocalizedTextSchema,
  acronym: LocalizedTextSchema.default({ en: '', es: '' }),
}

export const InstitutionInputSchema = z.object(institutionInputShape)
export const InstitutionWriteSchema = z.strictObject(institutionInputShape)
export type InstitutionInput = z.input<typeof InstitutionInputSchema>
export type InstitutionData = z.output<typeof InstitutionInputSchema>

export const InstitutionSchema = InstitutionInputSchema.extend({ id: z.number().int().positive() })
export type Institution = z.infer<typeof InstitutionSchema>

export const INSTITUTION_SORT_FIELDS = [
  'id',
  'name',
  'name.en',
  'name.es',
  'acronym',
  'acronym.en',
  'acronym.es',
] as const
