import { createHash } from 'node:crypto'

/**
 * The page's only style sheet, inline so the page stands alone when the
 * website embeds it. Colours keep at least 7:1 contrast on white (WCAG AAA
 * for body text); the field list folds to one column on narrow screens.
 */
export const CALENDAR_CSS = `
:root{color-scheme:light;--text:#1b1b1b;--muted:#3d3d3d;--accent:#0a4a80;--line:#c9d1d9;--soft:#f3f6f9}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--text);background:#fff}
.skip{position:absolute;left:-100vw;top:0;padding:.5rem 1rem;background:var(--accent);color:#fff;z-index:1}
.skip:focus{left:0}
header,main,footer{max-width:62rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:4px solid var(--accent)}
a{color:var(--accent);text-underline-offset:.15em}
h1{font-size:clamp(1.5rem,4vw,2rem);margin:.25rem 0 .5rem}
h2{font-size:1.4rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.2rem;margin:0 0 .5rem}
h4{font-size:1.05rem;margin:1rem 0 .25rem}
h5,h6{font-size:1rem;margin:.75rem 0 .25rem}
.organisation{margin:0;color:var(--muted);font-weight:600}
.links{list-style:none;margin:.5rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
article{border:1px solid var(--line);border-radius:6px;padding:1rem 1.25rem;margin:1rem 0;background:#fff}
article:target{outline:3px solid var(--accent)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
.tbc{font-style:italic}
.add{display:inline-block;margin-top:.5rem;padding:.35rem .75rem;border:1px solid var(--accent);border-radius:4px;background:var(--soft)}
.preview{margin:1rem 0;padding:.75rem 1rem;border:2px solid #7a4d00;background:#fff3d6;color:#2e1e00}
.preview strong{display:block;font-size:1.1rem}
.cover{display:block;max-width:100%;height:auto;border-radius:4px;margin:.5rem 0}
.documents{padding-left:1.25rem}.documents li{margin:.25rem 0;overflow-wrap:anywhere}.details{color:#555}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
a:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.site{margin:.25rem 0 .5rem;font-size:1.25rem;font-weight:700}
.search{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:flex-end;margin:1rem 0;padding:1rem}
.search{border:1px solid var(--line);border-radius:6px;background:var(--soft)}
.field{display:flex;flex-direction:column;gap:.25rem;min-width:0}
.field.wide{flex:1 1 16rem}
.field label{font-weight:600}
.hint{margin:0;font-size:.9rem;color:var(--muted)}
input,select,button{font:inherit;color:var(--text)}
input,select{padding:.4rem .5rem;border:1px solid #5f6b77;border-radius:4px;background:#fff;max-width:100%}
button{padding:.45rem 1rem;border:1px solid var(--accent);border-radius:4px;background:var(--accent);color:#fff;cursor:pointer}
.actions{display:flex;gap:1rem;align-items:center;padding-bottom:.1rem}
.count{font-weight:600}
.pages{margin:1.5rem 0}
.embed main{padding:.5rem .75rem}
.embed h1{font-size:1.15rem;margin:0 0 .5rem}
.embed-list{list-style:none;margin:0;padding:0}
.embed-list li{padding:.4rem 0;border-bottom:1px solid var(--line)}
.meta{display:block;color:var(--muted);font-size:.9rem}
@media (max-width:36rem){dl{grid-template-columns:1fr;gap:0}dd{margin-bottom:.5rem}article{padding:.75rem}.search{flex-direction:column;align-items:stretch}}
`.trim()

/** The style sheet's CSP source: a hash, so no other inline style (and no script at all) may run. */
export const CALENDAR_CSS_SOURCE = `'sha256-${createHash('sha256').update(CALENDAR_CSS).digest('base64')}'`
