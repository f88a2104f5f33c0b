import type { Catalogue } from '../i18n/en'

/**
 * Texts of what keeps work from being lost: the unsaved copy kept in the
 * browser, a workflow step or a preview that saves first, and the merge
 * after a conflict. Deep-merged into the catalogues by en.ts and es.ts.
 */
const en = {
  rcm: {
    draft: {
      title: 'Unsaved changes kept in this browser',
      notice: 'You left this form with unsaved changes on %{savedAt}. They are still here: %{fields}.',
      notice_stale:
        'You left this form with unsaved changes on %{savedAt} (%{fields}), made on version %{version}. ' +
        'The record has been saved since (version %{current}): restoring shows both, so that you choose what to keep.',
      restore: 'Restore my changes',
      discard: 'Discard them',
      restored: 'Your unsaved changes are back in the form. Save to keep them.',
      discarded: 'The unsaved changes were discarded.',
      kept_on_leave:
        'You left a form with unsaved changes: they are kept in this browser. Open it again to restore them.',
    },
    save_first: {
      on_save:
        'You have unsaved changes: they are saved first, then the step is taken on the version just saved. If they cannot be saved, nothing is done.',
      not_saved: 'Your changes could not be saved, so nothing else was done. Your text is still in the form.',
      done: 'Your changes were saved. %{step}',
      preview: 'Save and preview',
      preview_hint: 'Saves your changes, then shows how the saved version will look on the public calendar (new tab)',
    },
    merge: {
      nothing_asked:
        'Nobody changed the same field: your changes and those saved meanwhile are combined. Save to keep them.',
      taken_yours: 'Kept from your changes (only you changed them): %{fields}.',
      taken_current: 'Kept from the version saved meanwhile (you did not change them): %{fields}.',
    },
    unused: { filter: 'Not used by any event' },
    unseen: { bulk: 'not shown in this list since the page was opened: show it, then try again' },
  },
}

const es: Catalogue<typeof en> = {
  rcm: {
    draft: {
      title: 'Cambios sin guardar conservados en este navegador',
      notice: 'Dejó este formulario con cambios sin guardar el %{savedAt}. Siguen aquí: %{fields}.',
      notice_stale:
        'Dejó este formulario con cambios sin guardar el %{savedAt} (%{fields}), hechos sobre la versión %{version}. ' +
        'El registro se ha guardado desde entonces (versión %{current}): al restaurarlos verá ambos, para elegir qué conservar.',
      restore: 'Restaurar mis cambios',
      discard: 'Descartarlos',
      restored: 'Sus cambios sin guardar están de nuevo en el formulario. Guarde para conservarlos.',
      discarded: 'Se descartaron los cambios sin guardar.',
      kept_on_leave:
        'Salió de un formulario con cambios sin guardar: se conservan en este navegador. Ábralo de nuevo para restaurarlos.',
    },
    save_first: {
      on_save:
        'Tiene cambios sin guardar: primero se guardan y luego se aplica el paso a la versión recién guardada. Si no se pueden guardar, no se hace nada.',
      not_saved: 'No se pudieron guardar sus cambios, así que no se hizo nada más. Su texto sigue en el formulario.',
      done: 'Se guardaron sus cambios. %{step}',
      preview: 'Guardar y previsualizar',
      preview_hint:
        'Guarda sus cambios y luego muestra cómo se verá la versión guardada en el calendario público (pestaña nueva)',
    },
    merge: {
      nothing_asked:
        'Nadie cambió el mismo campo: se combinan sus cambios y los guardados mientras tanto. Guarde para conservarlos.',
      taken_yours: 'Se conserva de sus cambios (solo usted los cambió): %{fields}.',
      taken_current: 'Se conserva de la versión guardada mientras tanto (usted no los cambió): %{fields}.',
    },
    unused: { filter: 'Sin uso en ningún evento' },
    unseen: { bulk: 'no se ha mostrado en esta lista desde que se abrió la página: muéstrelo y vuelva a intentarlo' },
  },
}

export const draftMessages = { en, es }
