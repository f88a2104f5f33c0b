import type { ObjectiveItem, ObjectiveSection } from '@rcm/shared'
import { Box, Typography } from '@mui/material'
import { useRecordContext } from 'react-admin'
import { useLocalized } from '../common/useLocalized'

type Localized = ReturnType<typeof useLocalized>

const SubItems = ({ item, numbered, localized }: { item: ObjectiveItem; numbered: boolean; localized: Localized }) => {
  if (item.items.length === 0) return null
  const children = item.items.map((sub, index) => <li key={index}>{localized(sub.text)}</li>)
  // Sub-items of a numbered list are lettered (a., b.), as the RCM's declarations write them.
  return numbered ? <ol type="a">{children}</ol> : <ul>{children}</ul>
}

const Items = ({ section, localized }: { section: ObjectiveSection; localized: Localized }) => {
  if (section.style === 'paragraph') {
    return section.items.map((item, index) => (
      <Box key={index}>
        <Typography component="p" variant="body2" sx={{ mb: 1 }}>
          {localized(item.text)}
        </Typography>
        <SubItems item={item} numbered={false} localized={localized} />
      </Box>
    ))
  }
  const numbered = section.style === 'numbered'
  const items = section.items.map((item, index) => (
    <li key={index}>
      {localized(item.text)}
      <SubItems item={item} numbered={numbered} localized={localized} />
    </li>
  ))
  return numbered ? <ol>{items}</ol> : <ul>{items}</ul>
}

/**
 * An event's objectives as the public page shows them: each section's
 * heading, its lead paragraph, then its items numbered, bulleted or as
 * paragraphs, sub-items nested under their item.
 */
export const ObjectivesField = () => {
  const record = useRecordContext<{ id: number; objectives: ObjectiveSection[] }>()
  const localized = useLocalized()
  if (!record || record.objectives.length === 0) return null
  return (
    <Box sx={{ typography: 'body2', '& ol, & ul': { mt: 0.5, mb: 1, pl: 3 }, '& li': { mb: 0.5 } }}>
      {record.objectives.map((section, index) => {
        const heading = localized(section.heading)
        const intro = localized(section.intro)
        return (
          <Box component="section" key={index} sx={{ mb: 2 }}>
            {heading !== '' && (
              <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 0.5 }}>
                {heading}
              </Typography>
            )}
            {intro !== '' && (
              <Typography component="p" variant="body2" sx={{ mb: 1 }}>
                {intro}
              </Typography>
            )}
            <Items section={section} localized={localized} />
          </Box>
        )
      })}
    </Box>
  )
}
