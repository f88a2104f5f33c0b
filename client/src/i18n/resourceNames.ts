import { mergeTranslations, type StringMap } from 'react-admin'

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1)

/**
 * Adds how each resource's name reads inside a sentence. Both languages write
 * titles in sentence case ("Crear evento", "Eliminar lugar Hotel Real",
 * "Todavía no hay eventos."), while react-admin puts the name as the menu
 * shows it ("Evento |||| Eventos") into its titles. react-admin reads
 * `forcedCaseName` in its sentences and `page.create` as the create page's
 * title (`createTitle` is ra.page.create of the language). The names are
 * common nouns, so only their first letter is lowered; a resource that gives
 * its own forms keeps them.
 */
export function withNamesInSentences<T extends StringMap>(catalogue: T, createTitle: string): T {
  const resources = (catalogue.resources ?? {}) as Record<string, { name?: unknown }>
  const inSentences = Object.fromEntries(
    Object.entries(resources).flatMap(([resource, { name }]) => {
      if (typeof name !== 'string') return []
      const forms = name.split('||||').map((form) => lowerFirst(form.trim()))
      return [
        [
          resource,
          { forcedCaseName: forms.join(' |||| '), page: { create: createTitle.replace('%{name}', forms[0]!) } },
        ],
      ]
    }),
  )
  return mergeTranslations({ resources: inSentences }, catalogue) as T
}
