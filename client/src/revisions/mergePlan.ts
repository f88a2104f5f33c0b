import { changedFields } from '../common/formDraft'

export type MergeSide = 'yours' | 'current'

/** How two versions made on the same base come together, field by field. */
export interface MergePlan {
  /** Fields both sides changed, each differently: the user chooses. */
  asked: string[]
  /** Fields only one side changed: taken from that side without asking. */
  taken: Record<string, MergeSide>
}

type Values = Record<string, unknown>

/**
 * A three-way merge of top-level fields. `base` is the record the user
 * loaded, `yours` what they typed on it, `current` what the server holds now.
 * A field only one side changed keeps that change, so taking the plan as it
 * stands never reverts a colleague's edit; without a base, every difference
 * is asked.
 */
export function planMerge(base: Values | null, yours: Values, current: Values): MergePlan {
  const differing = changedFields(current, yours)
  if (base === null) return { asked: differing, taken: {} }
  const yoursChanged = new Set(changedFields(base, yours))
  const currentChanged = new Set(changedFields(base, current))
  const plan: MergePlan = { asked: [], taken: {} }
  for (const field of differing) {
    if (!yoursChanged.has(field)) plan.taken[field] = 'current'
    else if (!currentChanged.has(field)) plan.taken[field] = 'yours'
    else plan.asked.push(field)
  }
  return plan
}

/** `yours` with each field taken from the side the plan or the user chose. */
export function applyMerge(yours: Values, current: Values, plan: MergePlan, chosen: Record<string, MergeSide>): Values {
  const merged: Values = { ...yours }
  const sides = { ...plan.taken, ...chosen }
  for (const [field, side] of Object.entries(sides)) if (side === 'current') merged[field] = current[field]
  return merged
}
