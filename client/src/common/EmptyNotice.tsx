import { Box, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import { useTranslate } from 'react-admin'

/** A list's empty state that says what is (not) there and what to do, instead of react-admin's generic one. */
export const EmptyNotice = ({ message, action }: { message: string; action?: ReactNode }) => {
  const translate = useTranslate()
  return (
    <Box sx={{ p: 3, textAlign: 'center' }} role="status">
      <Typography color="text.secondary">{translate(message)}</Typography>
      {action && <Box sx={{ mt: 2 }}>{action}</Box>}
    </Box>
  )
}
