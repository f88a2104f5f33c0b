import { OBJECTIVE_STYLES, type ObjectiveItem, type ObjectiveSection, type ObjectiveSubItem } from '@rcm/shared'
import { FormControlLabel, Switch } from '@mui/material'
import { useFormContext, useWatch } from 'react-hook-form'
import { ArrayInput, SelectInput, SimpleFormIterator, useSourceContext } from 'react-admin'
import { ALWAYS_VISIBLE_ACTIONS, AddEntryButton, MoveEntryButtons, RemoveEntryButton } from './IteratorButtons'
import { LocalizedTextInput } from './LocalizedTextInput'
import { useEventFormText } from './useEventFormText'

const emptyText = () => ({ en: '', es: '' })
const newObjectiveSection = (): ObjectiveSection => ({ heading: emptyText(), intro: null, style: 'bullets', items: [] })
const newObjectiveItem = (): ObjectiveItem => ({ text: emptyText(), items: [] })
const newObjectiveSubItem = (): ObjectiveSubItem => ({ text: emptyText() })

/**
 * The objectives editor: sections (heading, optional lead paragraph, how the
 * items are shown) → items → sub-items, each level addable, removable and
 * reorderable. It covers the legacy page's shapes: a "General objective"
 * paragraph, "Specific objectives" as a numbered list, several bullet groups
 * for one meeting, a lead paragraph before the bullets, indented sub-items.
 */
export const ObjectivesInput = () => {
  const text = useEventFormText()
  return (
    // Labelled by the form's "Objectives" heading.
    <ArrayInput source="objectives" label={false} helperText={text('objectives.help')}>
      <SimpleFormIterator
        fullWidth
        disableClear
        sx={ALWAYS_VISIBLE_ACTIONS}
        getItemLabel={(index) => text('objectives.section', { number: index + 1 })}
        addButton={<AddEntryButton label={text('objectives.addSection')} newEntry={newObjectiveSection} />}
        removeButton={<RemoveEntryButton label={text('objectives.removeSection')} />}
        reOrderButtons={
          <MoveEntryButtons upLabel={text('objectives.moveSectionUp')} downLabel={text('objectives.moveSectionDown')} />
        }
      >
        <LocalizedTextInput
          source="heading"
          label={text('objectives.heading')}
          helperText={text('objectives.headingHelp')}
        />
        <IntroInput />
        <SelectInput
          source="style"
          label={text('objectives.style')}
          choices={OBJECTIVE_STYLES.map((style) => ({ id: style, name: text(`objectives.styles.${style}`) }))}
          isRequired
          helperText={false}
        />
        <ObjectiveItemsInput />
      </SimpleFormIterator>
    </ArrayInput>
  )
}

/** The lead paragraph is `null` when switched off, `{en, es}` when on. */
const IntroInput = () => {
  const text = useEventFormText()
  const source = useSourceContext().getSource('intro')
  const intro: unknown = useWatch({ name: source })
  const { setValue } = useFormContext()
  const hasIntro = intro !== null && intro !== undefined
  return (
    <>
      <FormControlLabel
        label={text('objectives.hasIntro')}
        control={
          <Switch
            checked={hasIntro}
            onChange={(event) => setValue(source, event.target.checked ? emptyText() : null, { shouldDirty: true })}
          />
        }
      />
      {hasIntro && <LocalizedTextInput source="intro" label={text('objectives.intro')} rows={3} />}
    </>
  )
}

const ObjectiveItemsInput = () => {
  const text = useEventFormText()
  return (
    <ArrayInput source="items" label={text('objectives.items')} helperText={false}>
      <SimpleFormIterator
        fullWidth
        disableClear
        sx={ALWAYS_VISIBLE_ACTIONS}
        getItemLabel={(index) => `${index + 1}.`}
        addButton={<AddEntryButton label={text('objectives.addItem')} newEntry={newObjectiveItem} />}
        removeButton={<RemoveEntryButton label={text('objectives.removeItem')} />}
        reOrderButtons={
          <MoveEntryButtons upLabel={text('objectives.moveItemUp')} downLabel={text('objectives.moveItemDown')} />
        }
      >
        <LocalizedTextInput source="text" label={text('objectives.itemText')} rows={2} />
        <ArrayInput source="items" label={text('objectives.subItems')} helperText={false}>
          <SimpleFormIterator
            fullWidth
            disableClear
            sx={ALWAYS_VISIBLE_ACTIONS}
            getItemLabel={(index) => `${String.fromCharCode(97 + (index % 26))})`}
            addButton={<AddEntryButton label={text('objectives.addSubItem')} newEntry={newObjectiveSubItem} />}
            removeButton={<RemoveEntryButton label={text('objectives.removeSubItem')} />}
            reOrderButtons={
              <MoveEntryButtons
                upLabel={text('objectives.moveSubItemUp')}
                downLabel={text('objectives.moveSubItemDown')}
              />
            }
          >
            <LocalizedTextInput source="text" label={text('objectives.subItemText')} rows={2} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleFormIterator>
    </ArrayInput>
  )
}
