import FactCheckIcon from '@mui/icons-material/FactCheck'
import RateReviewIcon from '@mui/icons-material/RateReview'
import { Menu, useCanAccess } from 'react-admin'

const IN_REVIEW = `/events?filter=${encodeURIComponent(JSON.stringify({ status: 'in_review' }))}`

/** The resources the role may list, then the review shortcuts. */
export const AppMenu = () => {
  const { canAccess: isReviewer } = useCanAccess({ resource: 'events', action: 'publish' })
  return (
    <Menu>
      <Menu.ResourceItems />
      {isReviewer && <Menu.Item to={IN_REVIEW} primaryText="rcm.menu.awaiting_review" leftIcon={<FactCheckIcon />} />}
      <Menu.Item to="/changes-requested" primaryText="rcm.menu.changes_requested" leftIcon={<RateReviewIcon />} />
    </Menu>
  )
}
