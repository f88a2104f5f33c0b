import FactCheckIcon from '@mui/icons-material/FactCheck'
import RateReviewIcon from '@mui/icons-material/RateReview'
import { Menu, useCanAccess } from 'react-admin'

const listOf = (filter: Record<string, unknown>) => `/events?filter=${encodeURIComponent(JSON.stringify(filter))}`
const IN_REVIEW = listOf({ status: 'in_review' })
// Drafts whose last review step was "request changes" (the API's `changesRequested` filter).
const CHANGES_REQUESTED = listOf({ changesRequested: true })

/** The resources the role may list, then the review shortcuts. */
export const AppMenu = () => {
  const { canAccess: isReviewer } = useCanAccess({ resource: 'events', action: 'publish' })
  return (
    <Menu>
      <Menu.ResourceItems />
      {isReviewer && <Menu.Item to={IN_REVIEW} primaryText="rcm.menu.awaiting_review" leftIcon={<FactCheckIcon />} />}
      <Menu.Item to={CHANGES_REQUESTED} primaryText="rcm.menu.changes_requested" leftIcon={<RateReviewIcon />} />
    </Menu>
  )
}
