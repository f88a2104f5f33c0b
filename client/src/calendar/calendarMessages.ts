import type { Catalogue } from '../i18n/en'

/** Texts of the calendar page, deep-merged into the catalogues by en.ts and es.ts. */
const en = {
  rcm: {
    calendar: {
      title: 'Calendar',
      month: 'Month',
      week: 'Week',
      agenda: 'Agenda',
      today: 'Today',
      undated: 'Date to be confirmed',
      undated_empty: 'Every event shown has a date.',
      moved: '"%{title}" now runs %{dates}.',
      moved_published:
        '"%{title}" now runs %{dates}. The public calendar shows its old dates until a reviewer publishes it again.',
      moved_to_draft:
        '"%{title}" now runs %{dates}. It was in review and is now a draft: submit it for review again. ' +
        'Undo puts its dates back, not the review.',
      confirm_move_title: 'Move an event in review?',
      confirm_move: 'Move it',
      undo: 'Undo',
      undone: 'The move was undone.',
      too_many: 'Only the first %{count} events of this period are shown: narrow the filters.',
      drag_help: 'Drag an event to another day to change its dates; Undo puts them back.',
      conflict:
        'Someone else changed "%{title}" after the calendar loaded it, so it was not moved. ' +
        'The calendar now shows their version: drag it again if it should still move.',
    },
  },
}

const es: Catalogue<typeof en> = {
  rcm: {
    calendar: {
      title: 'Calendario',
      month: 'Mes',
      week: 'Semana',
      agenda: 'Agenda',
      today: 'Hoy',
      undated: 'Fecha por confirmar',
      undated_empty: 'Todos los eventos mostrados tienen fecha.',
      moved: '«%{title}» ahora es %{dates}.',
      moved_published:
        '«%{title}» ahora es %{dates}. El calendario público muestra sus fechas anteriores hasta que un revisor lo publique de nuevo.',
      moved_to_draft:
        '«%{title}» ahora es %{dates}. Estaba en revisión y ahora es un borrador: envíelo de nuevo a revisión. ' +
        '«Deshacer» devuelve sus fechas, no la revisión.',
      confirm_move_title: '¿Mover un evento en revisión?',
      confirm_move: 'Moverlo',
      undo: 'Deshacer',
      undone: 'Se deshizo el cambio.',
      too_many: 'Solo se muestran los primeros %{count} eventos de este periodo: acote los filtros.',
      drag_help: 'Arrastre un evento a otro día para cambiar sus fechas; «Deshacer» las devuelve.',
      conflict:
        'Otra persona cambió «%{title}» después de que el calendario lo cargara, así que no se movió. ' +
        'El calendario muestra ahora su versión: arrástrelo de nuevo si aún debe moverse.',
    },
  },
}

export const calendarMessages = { en, es }
