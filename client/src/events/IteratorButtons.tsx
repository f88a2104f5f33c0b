import AddIcon from '@mui/icons-material/AddCircleOutlineOutlined'
import ArrowDownwardIcon from '@mui/icons-material/ArrowCircleDown'
import ArrowUpwardIcon from '@mui/icons-material/ArrowCircleUp'
import RemoveIcon from '@mui/icons-material/RemoveCircleOutlineOutlined'
import { Button, IconButtonWithTooltip, useSimpleFormIterator, useSimpleFormIteratorItem } from 'react-admin'

/**
 * SimpleFormIterator buttons with a label naming what they act on ("Add
 * item", "Move section up"): in nested iterators the stock "Add" / "Remove"
 * would be ambiguous, for screen readers too.
 */
export function AddEntryButton<T>({ label, newEntry }: { label: string; newEntry: () => T }) {
  const { add } = useSimpleFormIterator()
  return (
    <Button label={label} onClick={() => add(newEntry())} size="small">
      <AddIcon />
    </Button>
  )
}

export const RemoveEntryButton = ({ label }: { label: string }) => {
  const { remove } = useSimpleFormIteratorItem()
  return (
    <IconButtonWithTooltip label={label} size="small" color="warning" onClick={() => remove()}>
      <RemoveIcon fontSize="small" />
    </IconButtonWithTooltip>
  )
}

export const MoveEntryButtons = ({ upLabel, downLabel }: { upLabel: string; downLabel: string }) => {
  const { index, total, reOrder } = useSimpleFormIteratorItem()
  return (
    <span>
      <IconButtonWithTooltip
        label={upLabel}
        size="small"
        color="primary"
        disabled={index <= 0}
        onClick={() => reOrder(index - 1)}
      >
        <ArrowUpwardIcon fontSize="small" />
      </IconButtonWithTooltip>
      <IconButtonWithTooltip
        label={downLabel}
        size="small"
        color="primary"
        disabled={index >= total - 1}
        onClick={() => reOrder(index + 1)}
      >
        <ArrowDownwardIcon fontSize="small" />
      </IconButtonWithTooltip>
    </span>
  )
}

/** Keeps the row buttons visible: react-admin shows them on hover only, which hides them from keyboard and touch users. */
export const ALWAYS_VISIBLE_ACTIONS = { '& .RaSimpleFormIterator-action': { visibility: 'visible' } } as const
