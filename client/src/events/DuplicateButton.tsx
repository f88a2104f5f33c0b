import type { Event, EventInput } from '@rcm/shared'
import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import { Link } from 'react-router-dom'
import { Button, useCanAccess, useCreatePath, useRecordContext } from 'react-admin'

// The mark is part of the content, so each language gets its own whatever the interface's language.
const COPY_MARK = { en: '(copy)', es: '(copia)' }

/** What a copy of `event` starts from: its content as a new draft, the dates cleared, the title marked as a copy. */
export function duplicateOf(event: Event, mark = COPY_MARK): EventInput {
  const marked = (title: string, suffix: string) => (title === '' ? '' : `${title} ${suffix}`)
  return {
    title: { en: marked(event.title.en, mark.en), es: marked(event.title.es, mark.es) },
    description: event.description,
    objectives: event.objectives,
    startDate: null,
    endDate: null,
    modality: event.modality,
    city: event.city,
    venueId: event.venueId,
    institutionIds: event.institutionIds,
    contactEmails: event.contactEmails,
    contactPhones: event.contactPhones,
    // documents and cover image (issue 18 §1): the copy names the same files, as new documents of its own
    documents: event.documents.map(({ id: _id, ...document }) => document),
    imageFileId: event.imageFileId,
    // times and meeting link (issue 18 §2): the times go with the dates; the zone and the link stay
    timeZone: event.timeZone,
    meetingUrl: event.meetingUrl,
    meetingUrlPublic: event.meetingUrlPublic,
  }
}

/** Opens the create form filled with a copy of the event (react-admin's create reads the record from the link's state). */
export const DuplicateButton = () => {
  const record = useRecordContext<Event>()
  const createPath = useCreatePath()
  const { canAccess } = useCanAccess({ resource: 'events', action: 'create' })
  if (!record || !canAccess) return null
  return (
    <Button
      component={Link}
      to={createPath({ resource: 'events', type: 'create' })}
      state={{ record: duplicateOf(record) }}
      label="rcm.duplicate.label"
    >
      <ContentCopyIcon />
    </Button>
  )
}
