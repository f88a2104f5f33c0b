import {
  canTakeStep,
  canTransition,
  checkCompleteness,
  TRANSITIONS,
  WORKFLOW_STEPS,
  type WorkflowState,
} from '@rcm/shared'
import { expect, test } from 'vitest'

const state = (
  status: WorkflowState['status'],
  hasUnpublishedChanges = false,
  publishedAt: string | null = null,
): WorkflowState => ({ status, hasUnpublishedChanges, publishedAt })

test('the table allows exactly the CONTRACT’s transitions', () => {
  const allowed = (s: WorkflowState) => WORKFLOW_STEPS.filter((step) => canTransition(s, step))

  expect(allowed(state('draft'))).toEqual(['submit', 'publish', 'archive'])
  expect(allowed(state('in_review'))).toEqual(['request-changes', 'publish', 'archive'])
  expect(allowed(state('published', false, '2026-01-01'))).toEqual(['unpublish', 'archive'])
  expect(allowed(state('published', true, '2026-01-01'))).toEqual(['submit', 'publish', 'unpublish', 'archive'])
  expect(allowed(state('archived'))).toEqual([])
})

test('editors may only submit; reviewers and admins may take every step', () => {
  expect(WORKFLOW_STEPS.filter((step) => canTakeStep('editor', step))).toEqual(['submit'])
  expect(WORKFLOW_STEPS.every((step) => canTakeStep('reviewer', step) && canTakeStep('admin', step))).toBe(true)
  expect(WORKFLOW_STEPS.filter((step) => TRANSITIONS[step].needsComment)).toEqual(['request-changes'])
})

test('completeness lists what publishing needs, with a message per field', () => {
  const complete = {
    title: { en: 'Forum', es: '' },
    city: 'Lima',
    modality: 'in_person',
    institutionIds: [1],
    contactEmails: ['a@b.org'],
  }

  expect(checkCompleteness(complete)).toEqual({ isComplete: true, missing: [], errors: {} })
  expect(checkCompleteness({ ...complete, city: '', modality: 'virtual' }).isComplete).toBe(true)
  expect(
    checkCompleteness({
      title: { en: '', es: ' ' },
      city: '',
      modality: 'hybrid',
      institutionIds: [],
      contactEmails: [],
    }).missing,
  ).toEqual(['title', 'city', 'institutionIds', 'contactEmails'])
})
