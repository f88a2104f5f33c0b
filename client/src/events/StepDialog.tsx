import { LANGUAGES, TRANSITIONS, untranslatedTexts, type TranslatableEvent, type WorkflowStep } from '@rcm/shared'
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Stack,
  TextField,
  useMediaQuery,
  type Theme,
} from '@mui/material'
import { useId, useState } from 'react'
import { useTranslate } from 'react-admin'
import { TranslationChecklist } from '../translation/TranslationChecklist'

export interface StepChoice {
  comment: string
  /** Reviewer's publish: when to publish ("" = now) and when to take it down again ("" = never). */
  publishAt: string
  unpublishAt: string
}

interface StepDialogProps {
  step: WorkflowStep
  /** The version of the event the step acts on. */
  version: number
  /** The form has unsaved changes, which are saved first: the step then acts on the version saved. */
  savesFirst?: boolean
  open: boolean
  /** What the user has typed so far: held by the caller, so that it outlives this dialog's mount. */
  choice: StepChoice
  onChange: (choice: StepChoice) => void
  isPending: boolean
  /** Offer the schedule times (publish only). */
  canSchedule: boolean
  onClose: () => void
  onConfirm: (choice: StepChoice) => void
  /** The event's texts: publishing with some in one language only asks for a confirmation that names them. */
  texts?: TranslatableEvent
}

/** Confirms a workflow step, with a comment (required for "request changes") and, on publish, optional times. */
export const StepDialog = ({
  step,
  version,
  savesFirst = false,
  open,
  choice,
  onChange,
  isPending,
  canSchedule,
  onClose,
  onConfirm,
  texts,
}: StepDialogProps) => {
  const translate = useTranslate()
  const titleId = useId()
  const [oneLanguageAccepted, setOneLanguageAccepted] = useState(false)
  // A phone's whole screen: a floating dialog there leaves too little room for the comment, checklist and times.
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'))
  const oneLanguageOnly =
    step === 'publish' && texts !== undefined && LANGUAGES.some((lang) => untranslatedTexts(texts, lang).length > 0)
  const { comment, publishAt, unpublishAt } = choice
  const needsComment = TRANSITIONS[step].needsComment
  const isMissingComment = needsComment && comment.trim() === ''
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm" fullScreen={isSmall}>
      <DialogTitle id={titleId}>{translate(`rcm.workflow.${step}.title`)}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate(`rcm.workflow.${step}.help`)}</DialogContentText>
        <DialogContentText variant="body2" sx={{ mb: 2 }}>
          {savesFirst ? translate('rcm.save_first.on_save') : translate('rcm.workflow.on_version', { version })}
        </DialogContentText>
        <Stack spacing={2}>
          <TextField
            label={translate(needsComment ? 'rcm.workflow.comment_required' : 'rcm.workflow.comment')}
            value={comment}
            onChange={(event) => onChange({ ...choice, comment: event.target.value })}
            required={needsComment}
            multiline
            minRows={2}
            fullWidth
            autoFocus
          />
          {step === 'publish' && texts && <TranslationChecklist event={texts} />}
          {oneLanguageOnly && (
            <div>
              <FormControlLabel
                control={
                  <Checkbox
                    checked={oneLanguageAccepted}
                    onChange={(event) => setOneLanguageAccepted(event.target.checked)}
                  />
                }
                label={translate('rcm.translation.publish_anyway')}
              />
            </div>
          )}
          {canSchedule && (
            <>
              <TextField
                type="datetime-local"
                label={translate('rcm.workflow.publish_at')}
                value={publishAt}
                onChange={(event) => onChange({ ...choice, publishAt: event.target.value })}
                slotProps={{ inputLabel: { shrink: true } }}
                fullWidth
              />
              <TextField
                type="datetime-local"
                label={translate('rcm.workflow.unpublish_at')}
                value={unpublishAt}
                onChange={(event) => onChange({ ...choice, unpublishAt: event.target.value })}
                slotProps={{ inputLabel: { shrink: true } }}
                fullWidth
              />
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={isMissingComment || isPending || (oneLanguageOnly && !oneLanguageAccepted)}
          onClick={() => onConfirm({ comment: comment.trim(), publishAt, unpublishAt })}
        >
          {translate(`rcm.workflow.${step}.confirm`)}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
