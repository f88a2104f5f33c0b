import type { WorkflowStep } from '@rcm/shared'

/** The English fallbacks of the workflow texts (the catalogues hold them under `rcm.workflow`). */
export const STEP_TEXTS: Record<WorkflowStep, { label: string; title: string; help: string; confirm: string; done: string }> = {
  submit: {
    label: 'Submit for review',
    title: 'Submit for review',
    help: 'A reviewer will check the event and publish it or ask for changes.',
    confirm: 'Submit',
    done: 'Submitted for review',
  },
  'request-changes': {
    label: 'Request changes',
    title: 'Request changes',
    help: 'The event goes back to its editors as a draft, with your comment.',
    confirm: 'Request changes',
    done: 'Changes requested',
  },
  publish: {
    label: 'Publish',
    title: 'Publish',
    help: 'The public calendar will show the event as it is now.',
    confirm: 'Publish',
    done: 'Published',
  },
  unpublish: {
    label: 'Unpublish',
    title: 'Unpublish',
    help: 'The event leaves the public calendar and goes back to draft.',
    confirm: 'Unpublish',
    done: 'Unpublished',
  },
  archive: {
    label: 'Archive',
    title: 'Archive',
    help: 'The event leaves the public calendar and is kept as archived.',
    confirm: 'Archive',
    done: 'Archived',
  },
}
