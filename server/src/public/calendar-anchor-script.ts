import { createHash } from 'node:crypto'

/**
 * Older links point to an event as `/calendar#event-{id}` (the feeds' `url`
 * before events had their own page). A fragment never reaches the server, so
 * the calendar's list page carries this one script: when the fragment names
 * an event that the page does not list (a later page, another filter), it
 * opens that event's own page, in the same language. Without JavaScript the
 * calendar simply opens, as before.
 */
export const ANCHOR_SCRIPT =
  '(function(){var m=/^#event-(\\d+)$/.exec(location.hash);' +
  "if(!m||document.getElementById('event-'+m[1]))return;" +
  'var l=/[?&]lang=(en|es)(?:&|$)/.exec(location.search);' +
  "location.replace(location.pathname.replace(/\\/?$/,'/events/')+m[1]+(l?'?lang='+l[1]:''))})()"

/** The CSP source that allows exactly this script, by its hash. */
export const ANCHOR_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(ANCHOR_SCRIPT).digest('base64')}'`
