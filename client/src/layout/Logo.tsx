import { Box } from '@mui/material'
import { useLocaleState, useTranslate } from 'react-admin'

/**
 * A placeholder for the Conference's emblem until the secretariat provides
 * one: its initials (RCM in English, CRM in Spanish) in the app's blue, named
 * for screen readers by the Conference's name.
 */
export const Logo = ({ size = 40 }: { size?: number }) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  return (
    <Box
      component="svg"
      viewBox="0 0 48 48"
      role="img"
      aria-label={translate('rcm.conference')}
      sx={{ width: size, height: size, flexShrink: 0 }}
    >
      <circle cx="24" cy="24" r="23" fill="#1d4f91" stroke="#ffffff" strokeWidth="2" />
      <text x="24" y="29" textAnchor="middle" fontSize="14" fontWeight="700" fill="#ffffff" fontFamily="sans-serif">
        {locale === 'es' ? 'CRM' : 'RCM'}
      </text>
    </Box>
  )
}
