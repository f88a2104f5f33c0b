import { expect, test } from 'vitest'
import { sanitizeDescription } from '../../server/src/events/description-html'

test('keeps the allowed tags', () => {
  const html =
    '<h2>About</h2><h3>Aims</h3><h4>Note</h4><p>A <strong>b</strong> <em>c</em> <u>d</u> <s>e</s><br></p>' +
    '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote>'

  expect(sanitizeDescription(html)).toBe(html.replace('<br>', '<br />'))
})

test('drops every attribute but a link href', () => {
  expect(sanitizeDescription('<p class="x" style="color:red" onclick="go()">t</p>')).toBe('<p>t</p>')
  expect(sanitizeDescription('<a href="https://crmsv.org/" target="_blank" rel="x" onclick="go()">RCM</a>')).toBe(
    '<a href="https://crmsv.org/">RCM</a>',
  )
})

test('keeps links to http, https, mailto and tel only', () => {
  expect(sanitizeDescription('<a href="http://a.example">a</a>')).toBe('<a href="http://a.example">a</a>')
  expect(sanitizeDescription('<a href="mailto:crmst@iom.int">m</a>')).toBe('<a href="mailto:crmst@iom.int">m</a>')
  expect(sanitizeDescription('<a href="tel:+50688511009">t</a>')).toBe('<a href="tel:+50688511009">t</a>')
  for (const href of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java&#x09;script:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    '//evil.example',
    '/relative',
    '#top',
    'ftp://x.example',
  ]) {
    expect(sanitizeDescription(`<a href="${href}">x</a>`), href).toBe('<a>x</a>')
  }
})

test('removes scripts, styles and unknown tags, keeping the text of harmless ones', () => {
  expect(sanitizeDescription('<p>a<script>alert(1)</script><style>p{}</style></p>')).toBe('<p>a</p>')
  expect(
    sanitizeDescription('<div><span>kept text</span><img src=x onerror=alert(1)><iframe src="x"></iframe></div>'),
  ).toBe('kept text')
  expect(sanitizeDescription('<h1>Title</h1><table><tr><td>cell</td></tr></table>')).toBe('Titlecell')
})

test('turns b and i into strong and em', () => {
  expect(sanitizeDescription('<b>bold</b> <i>it</i>')).toBe('<strong>bold</strong> <em>it</em>')
})

test('escapes text so it cannot become markup', () => {
  expect(sanitizeDescription('1 < 2 & "3" > 0')).toBe('1 &lt; 2 &amp; "3" &gt; 0')
  expect(sanitizeDescription('<p>&lt;script&gt;</p>')).toBe('<p>&lt;script&gt;</p>')
})
