import {
  Button,
  Card,
  CardContent,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material'
import { EMAIL_NOTICE_CHOICES, type NotificationPreferences } from '@rcm/shared'
import { useEffect, useState, type FormEvent } from 'react'
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin'
import type { CalendarDataProvider } from '../providers/dataProvider'

type EmailChoice = NotificationPreferences['email']

/** The account page's choice of how notices come by e-mail; the interface language goes with it. */
export const NotificationPreferencesCard = () => {
  const translate = useTranslate()
  const notify = useNotify()
  const [locale] = useLocaleState()
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const [email, setEmail] = useState<EmailChoice | null>(null)

  useEffect(() => {
    dataProvider.getNotificationPreferences().then(
      ({ data }) => setEmail(data.email),
      () => setEmail('immediate'),
    )
  }, [dataProvider])

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (email === null) return
    try {
      await dataProvider.setNotificationPreferences({ email, language: locale === 'es' ? 'es' : 'en' })
      notify('rcm.notices.email.saved', { type: 'success' })
    } catch {
      notify('ra.notification.http_error', { type: 'error' })
    }
  }

  return (
    <Card>
      <CardContent>
        <Stack component="form" spacing={2} onSubmit={save}>
          <Typography variant="h6" component="h2">
            {translate('rcm.notices.email.title')}
          </Typography>
          <Typography variant="body2">{translate('rcm.notices.email.help')}</Typography>
          <FormControl>
            <FormLabel id="notice-email-label">{translate('rcm.notices.email.label')}</FormLabel>
            <RadioGroup
              aria-labelledby="notice-email-label"
              value={email ?? ''}
              onChange={(event) => setEmail(event.target.value as EmailChoice)}
            >
              {EMAIL_NOTICE_CHOICES.map((choice) => (
                <FormControlLabel
                  key={choice}
                  value={choice}
                  control={<Radio />}
                  label={translate(`rcm.notices.email.${choice}`)}
                  disabled={email === null}
                />
              ))}
            </RadioGroup>
          </FormControl>
          <Button type="submit" variant="contained" disabled={email === null} sx={{ alignSelf: 'start' }}>
            {translate('rcm.notices.email.save')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  )
}
