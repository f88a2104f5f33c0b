import type { Catalogue } from '../i18n/en'

/** Texts on how far each language of an event is written, deep-merged into the catalogues by en.ts and es.ts. */
const en = {
  rcm: {
    translation: {
      column: 'Languages',
      complete: '%{lang}: complete',
      incomplete: '%{lang}: %{smart_count} text missing |||| %{lang}: %{smart_count} texts missing',
      filter: 'Language incomplete',
      missing_filter: 'Missing',
      checklist_title: 'Written in one language only',
      section: 'section %{n}',
      item: 'item %{n}',
      sub_item: 'sub-item %{n}',
      heading: 'heading',
      intro: 'lead paragraph',
      publish_anyway:
        'Publish with these texts in one language only: the page in the other language shows them as they are.',
      layout: 'Languages in the form',
      layout_tabs: 'One language at a time',
      layout_side_by_side: 'Side by side',
      stale: '%{lang} may be out of date: the %{other} text changed after it was written.',
      stale_confirm: '%{lang} is up to date',
      stale_title: 'May be out of date',
    },
  },
}

const es: Catalogue<typeof en> = {
  rcm: {
    translation: {
      column: 'Idiomas',
      complete: '%{lang}: completo',
      incomplete: '%{lang}: falta %{smart_count} texto |||| %{lang}: faltan %{smart_count} textos',
      filter: 'Idioma incompleto',
      missing_filter: 'Falta',
      checklist_title: 'Escrito en un solo idioma',
      section: 'sección %{n}',
      item: 'punto %{n}',
      sub_item: 'subpunto %{n}',
      heading: 'título',
      intro: 'párrafo introductorio',
      publish_anyway: 'Publicar con estos textos en un solo idioma: la página en el otro idioma los muestra tal cual.',
      layout: 'Idiomas en el formulario',
      layout_tabs: 'Un idioma a la vez',
      layout_side_by_side: 'Lado a lado',
      stale: '%{lang} puede estar desactualizado: el texto %{other} cambió después de escribirse.',
      stale_confirm: '%{lang} está al día',
      stale_title: 'Puede estar desactualizado',
    },
  },
}

export const translationMessages = { en, es }
