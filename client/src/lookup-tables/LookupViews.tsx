import { Box } from '@mui/material'
import type { ComponentProps, ReactNode } from 'react'
import {
  Create,
  Edit,
  Show,
  SimpleForm,
  SimpleShowLayout,
  type CreateProps,
  type EditProps,
  type ShowProps,
  type SimpleFormProps,
  useResourceContext,
} from 'react-admin'
import type { FieldValues } from 'react-hook-form'
import { FormDraftKeeper } from '../common/FormDraftKeeper'
import { SaveShortcut } from '../common/SaveShortcut'
import { RecordTitle } from '../common/RecordTitle'
import { RelatedEvents } from '../events/RelatedEvents'

/*
 * The create, edit and show pages of a small bilingual table that events
 * reference (venues, institutions): each resource gives its inputs or fields,
 * its shared schema as the resolver, and the events filter that names it.
 */

type RelatedEventsProps = ComponentProps<typeof RelatedEvents>

interface FormProps {
  /** The shared input schema: the server checks the same one. */
  resolver: SimpleFormProps['resolver']
  children: ReactNode
}

/** What is typed is kept in the browser until saved, including when the user leaves the form. */
const LookupForm = ({ resolver, defaultValues, children }: FormProps & { defaultValues?: FieldValues }) => {
  const resource = useResourceContext() ?? 'lookup'
  return (
    <SimpleForm resolver={resolver} defaultValues={defaultValues}>
      <FormDraftKeeper resource={resource} />
      <SaveShortcut />
      {children}
    </SimpleForm>
  )
}

const RelatedEventsBelow = (props: RelatedEventsProps) => (
  <Box sx={{ px: 2, pb: 2 }}>
    <RelatedEvents {...props} />
  </Box>
)

/** A new record; back to the list once saved. `defaultValues` writes every text as `''`, as the schema expects. */
export const LookupCreate = ({
  resolver,
  defaultValues,
  children,
  ...props
}: FormProps & { defaultValues: FieldValues } & Omit<CreateProps, 'children'>) => (
  <Create redirect="list" {...props}>
    <LookupForm resolver={resolver} defaultValues={defaultValues}>
      {children}
    </LookupForm>
  </Create>
)

/** A record's form titled by its name, with the events that use it. Pessimistic, so the server's field errors show on the inputs. */
export const LookupEdit = ({
  resolver,
  relatedEvents,
  children,
  ...props
}: FormProps & { relatedEvents: RelatedEventsProps } & Omit<EditProps, 'children'>) => (
  <Edit mutationMode="pessimistic" title={<RecordTitle source="name" view="edit" />} {...props}>
    <LookupForm resolver={resolver}>{children}</LookupForm>
    <RelatedEventsBelow {...relatedEvents} />
  </Edit>
)

/** A record's page titled by its name, with the events that use it. */
export const LookupShow = ({
  relatedEvents,
  children,
  ...props
}: { relatedEvents: RelatedEventsProps; children: ReactNode } & Omit<ShowProps, 'children'>) => (
  <Show title={<RecordTitle source="name" view="show" />} {...props}>
    <SimpleShowLayout>{children}</SimpleShowLayout>
    <RelatedEventsBelow {...relatedEvents} />
  </Show>
)
