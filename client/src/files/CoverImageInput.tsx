import { IMAGE_MEDIA_TYPES } from '@rcm/shared'
import Delete from '@mui/icons-material/Delete'
import Image from '@mui/icons-material/Image'
import { Box, Button, Stack, Typography } from '@mui/material'
import { useRef } from 'react'
import { useTranslate } from 'react-admin'
import { useFormContext, useWatch } from 'react-hook-form'
import { UploadList, useUploads } from './DocumentsInput'

/** The event's one cover image: a preview (the 320 px copy), choose or replace with progress, remove. */
export const CoverImageInput = () => {
  const translate = useTranslate()
  const { setValue } = useFormContext()
  const imageFileId = useWatch({ name: 'imageFileId' }) as number | null | undefined
  const { uploads, start } = useUploads()
  const picker = useRef<HTMLInputElement>(null)
  const hasImage = imageFileId !== null && imageFileId !== undefined

  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="body2" color="text.secondary">
        {translate('rcm.files.cover_help')}
      </Typography>
      {hasImage ? (
        <Box
          component="img"
          src={`/api/files/${imageFileId}?size=320`}
          alt={translate('rcm.files.cover_preview')}
          sx={{ display: 'block', maxWidth: '100%', width: 320, height: 'auto', my: 1, borderRadius: 1 }}
        />
      ) : (
        <Typography sx={{ my: 1 }}>{translate('rcm.files.no_cover')}</Typography>
      )}
      <Stack direction="row" spacing={1} flexWrap="wrap">
        <Button variant="outlined" startIcon={<Image />} onClick={() => picker.current?.click()}>
          {translate(hasImage ? 'rcm.files.replace_cover' : 'rcm.files.choose_cover')}
        </Button>
        {hasImage && (
          <Button startIcon={<Delete />} onClick={() => setValue('imageFileId', null, { shouldDirty: true })}>
            {translate('rcm.files.remove_cover')}
          </Button>
        )}
      </Stack>
      <input
        ref={picker}
        type="file"
        hidden
        accept={IMAGE_MEDIA_TYPES.join(',')}
        data-testid="cover-picker"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) start([file], (stored) => setValue('imageFileId', stored.id, { shouldDirty: true }))
        }}
      />
      <UploadList uploads={uploads} />
    </Box>
  )
}
