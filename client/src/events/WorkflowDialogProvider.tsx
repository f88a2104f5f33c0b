import type { WorkflowStep } from '@rcm/shared'
import { createContext, useContext, useMemo, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react'
import { useLocation, type Identifier } from 'react-admin'
import type { StepChoice } from './StepDialog'

interface OpenStep {
  eventId: Identifier
  step: WorkflowStep
  choice: StepChoice
}

type DialogState = [OpenStep | null, Dispatch<SetStateAction<OpenStep | null>>]

const WorkflowDialogContext = createContext<DialogState | null>(null)

const EMPTY_CHOICE: StepChoice = { comment: '', publishAt: '', unpublishAt: '' }

/** The event's own pages: its edit page `/events/7` and its show page `/events/7/show/…`. */
const isEventPage = (pathname: string, eventId: Identifier) => {
  const prefix = `/events/${encodeURIComponent(String(eventId))}`
  return pathname === prefix || pathname.startsWith(`${prefix}/`)
}

/**
 * Holds the open workflow dialog above the pages. After a save, react-admin
 * redirects from the edit page to the show page; React Router renders that
 * navigation in a transition, so for a moment the URL already reads /show
 * while the edit page, with the same workflow buttons in its toolbar, is
 * still on screen. A dialog held by the edit page and opened then would go
 * with it. Kept here, the dialog and what was typed in it survive any
 * remount, and are dropped once the user leaves the event's pages.
 */
export const WorkflowDialogProvider = ({ children }: { children: ReactNode }) => {
  const [open, setOpen] = useState<OpenStep | null>(null)
  const { pathname } = useLocation()
  // Adjusted while rendering, not in an effect: the page never shows a dialog of an event it has left.
  if (open && !isEventPage(pathname, open.eventId)) setOpen(null)
  const value = useMemo<DialogState>(() => [open, setOpen], [open])
  return <WorkflowDialogContext.Provider value={value}>{children}</WorkflowDialogContext.Provider>
}

/**
 * The workflow dialog open on `eventId`, if any, and how to open, fill and
 * close it. Without a WorkflowDialogProvider (a component rendered on its
 * own), the state is the caller's.
 */
export function useWorkflowDialog(eventId: Identifier | undefined) {
  const shared = useContext(WorkflowDialogContext)
  const local = useState<OpenStep | null>(null)
  const [state, setState] = shared ?? local
  const current = state !== null && eventId !== undefined && String(state.eventId) === String(eventId) ? state : null
  return {
    step: current?.step ?? null,
    choice: current?.choice ?? EMPTY_CHOICE,
    open: (step: WorkflowStep) => {
      if (eventId !== undefined) setState({ eventId, step, choice: EMPTY_CHOICE })
    },
    change: (choice: StepChoice) => setState((previous) => (previous ? { ...previous, choice } : previous)),
    close: () => setState(null),
  }
}
