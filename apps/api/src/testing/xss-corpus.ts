import { Parser } from 'htmlparser2';

/**
 * Cross-site scripting payloads from the OWASP XSS Filter Evasion Cheat Sheet (and the usual Markdown, Angular
 * template and mutation-XSS forms), for every text field a member can write. Each payload, if it ever ran, calls
 * `alert(1)` (a dialog the e2e test fails on) or raises `window.__xss` (which the e2e test defines as 0 and reads
 * back), so a payload that executes is seen, not guessed.
 *
 * `kind` says where the payload is dangerous: `html` as raw markup (assertInert must refuse it as it is),
 * `markdown` once a Markdown renderer turns it into a link or image without a scheme check, `template` only if an
 * Angular template compiled it (never as HTML), `text` in neither (odd input that must simply round-trip).
 *
 * Payloads are at most 200 characters (a practice title's limit); those over 60 are cut for topics (60).
 */
export interface XssPayload {
  name: string;
  kind: 'html' | 'markdown' | 'template' | 'text';
  payload: string;
}

export const XSS_CORPUS: readonly XssPayload[] = [
  // Script tags.
  { name: 'script tag', kind: 'html', payload: '<script>window.__xss++</script>' },
  { name: 'script alert', kind: 'html', payload: '<SCRIPT>alert(1)</SCRIPT>' },
  { name: 'script src data', kind: 'html', payload: '<script src="data:,window.__xss++"></script>' },
  {
    name: 'script non-alpha attribute',
    kind: 'html',
    payload: '<SCRIPT/XSS SRC="data:text/javascript,alert(1)"></SCRIPT>',
  },
  { name: 'extraneous open brackets', kind: 'html', payload: '<<SCRIPT>alert(1);//\\<</SCRIPT>' },
  { name: 'no closing script tag', kind: 'html', payload: '<SCRIPT SRC=data:,alert(1)?<B>' },
  { name: 'end title tag', kind: 'html', payload: '</TITLE><SCRIPT>alert(1);</SCRIPT>' },
  { name: 'attribute breakout', kind: 'html', payload: '"><script>alert(1)</script>' },
  { name: 'single-quote breakout', kind: 'html', payload: "'><img src=x onerror=alert(1)>" },
  { name: 'malformed IMG', kind: 'html', payload: '<IMG """><SCRIPT>alert(1)</SCRIPT>"\\>' },
  // Images and event handlers.
  { name: 'img onerror', kind: 'html', payload: '<img src=x onerror=alert(1)>' },
  { name: 'img onerror counter', kind: 'html', payload: '<img src=x onerror="window.__xss++">' },
  { name: 'img javascript src', kind: 'html', payload: '<IMG SRC="javascript:alert(1);">' },
  { name: 'img case variation', kind: 'html', payload: '<IMG SRC=JaVaScRiPt:alert(1)>' },
  {
    name: 'img fromCharCode',
    kind: 'html',
    payload: '<IMG SRC=/ onerror="alert(String.fromCharCode(49))"></img>',
  },
  { name: 'img onmouseover', kind: 'html', payload: '<IMG SRC=# onmouseover="alert(1)">' },
  {
    name: 'img decimal entities',
    kind: 'html',
    payload:
      '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>',
  },
  {
    name: 'img hex entities without semicolons',
    kind: 'html',
    payload:
      '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29>',
  },
  { name: 'embedded tab', kind: 'html', payload: '<IMG SRC="jav\tascript:alert(1);">' },
  { name: 'encoded tab', kind: 'html', payload: '<IMG SRC="jav&#x09;ascript:alert(1);">' },
  { name: 'encoded newline', kind: 'html', payload: '<IMG SRC="jav&#x0A;ascript:alert(1);">' },
  {
    name: 'leading spaces and meta chars',
    kind: 'html',
    payload: '<IMG SRC=" &#14;  javascript:alert(1);">',
  },
  {
    name: 'null byte in tag',
    kind: 'html',
    payload: '<IMG SRC=java\u0000script:alert(1)><img src=x onerror\u0000=alert(1)>',
  },
  { name: 'input image', kind: 'html', payload: '<INPUT TYPE="IMAGE" SRC="javascript:alert(1);">' },
  {
    name: 'body onload odd chars',
    kind: 'html',
    payload: '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(1)>',
  },
  { name: 'svg onload', kind: 'html', payload: '<svg/onload=alert(1)>' },
  { name: 'svg script', kind: 'html', payload: '<svg><script>window.__xss++</script></svg>' },
  { name: 'details ontoggle', kind: 'html', payload: '<details open ontoggle=alert(1)>' },
  {
    name: 'custom element autofocus',
    kind: 'html',
    payload: '<xss onfocus=alert(1) autofocus tabindex=1>x</xss>',
  },
  { name: 'comment breakout', kind: 'html', payload: '<!--<img src="--><img src=x onerror=alert(1)//">' },
  // Frames, objects, forms, links.
  {
    name: 'iframe srcdoc',
    kind: 'html',
    payload: '<iframe srcdoc="<script>parent.__xss++</script>"></iframe>',
  },
  { name: 'iframe javascript src', kind: 'html', payload: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'object data', kind: 'html', payload: '<object data="javascript:alert(1)"></object>' },
  { name: 'embed src', kind: 'html', payload: '<embed src="data:text/html,<script>alert(1)</script>">' },
  { name: 'a javascript href', kind: 'html', payload: '<a href="javascript:alert(1)">x</a>' },
  { name: 'a tab-split href', kind: 'html', payload: '<a href="jav&#x09;ascript:alert(1)">tab</a>' },
  { name: 'a vbscript href', kind: 'html', payload: '<a href="vbscript:msgbox(1)">vb</a>' },
  {
    name: 'svg xlink href',
    kind: 'html',
    payload: '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  },
  {
    name: 'form action',
    kind: 'html',
    payload: '<form action="javascript:alert(1)"><button>go</button></form>',
  },
  {
    name: 'button formaction',
    kind: 'html',
    payload: '<button formaction="javascript:alert(1)">go</button>',
  },
  // Style, meta, base.
  { name: 'style tag', kind: 'html', payload: '<style>li{background:url("javascript:alert(1)")}</style>' },
  {
    name: 'style attribute',
    kind: 'html',
    payload: '<div style="background:url(javascript:alert(1))">x</div>',
  },
  {
    name: 'meta refresh',
    kind: 'html',
    payload: '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(1);">',
  },
  { name: 'base href', kind: 'html', payload: '<BASE HREF="javascript:alert(1);//">' },
  // Mutation XSS (parser differentials).
  {
    name: 'mXSS noscript',
    kind: 'html',
    payload: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  },
  {
    name: 'mXSS math style',
    kind: 'html',
    payload: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  },
  {
    name: 'polyglot',
    kind: 'html',
    payload:
      "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
  },
  // Markdown links and images.
  { name: 'markdown javascript link', kind: 'markdown', payload: '[x](javascript:alert(1))' },
  { name: 'markdown case variation', kind: 'markdown', payload: '[x](JaVaScRiPt:alert(1))' },
  { name: 'markdown entity-encoded', kind: 'markdown', payload: '[x](&#106;avascript:alert(1))' },
  { name: 'markdown tab-split', kind: 'markdown', payload: '[x](jav&#x09;ascript:alert(1))' },
  { name: 'markdown image', kind: 'markdown', payload: '![x](javascript:alert(1))' },
  { name: 'markdown vbscript', kind: 'markdown', payload: '[x](vbscript:msgbox(1))' },
  {
    name: 'markdown data URL',
    kind: 'markdown',
    payload: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  },
  { name: 'markdown autolink', kind: 'markdown', payload: '<javascript:alert(1)>' },
  { name: 'markdown reference link', kind: 'markdown', payload: '[x][r]\n\n[r]: javascript:alert(1)' },
  {
    name: 'markdown link title breakout',
    kind: 'text',
    payload: '[x](https://example.org/ "a\\" onmouseover=\\"alert(1)")',
  },
  {
    name: 'markdown link text markup',
    kind: 'html',
    payload: '[<img src=x onerror=alert(1)>](https://example.org/)',
  },
  // Angular and other template injection, escapes.
  { name: 'angular constructor', kind: 'template', payload: "{{constructor.constructor('alert(1)')()}}" },
  { name: 'angular $on', kind: 'template', payload: "{{$on.constructor('window.__xss++')()}}" },
  { name: 'template literal', kind: 'template', payload: '${alert(1)}' },
  { name: 'unicode escapes as text', kind: 'text', payload: '\\u003cimg src=x onerror=alert(1)\\u003e' },
  {
    name: 'bidi and zero-width',
    kind: 'text',
    payload: 'a\u202eb\u200bc\ufeffd <\u200bscript>alert(1)<\u200b/script>',
  },
  { name: 'highlight marks', kind: 'html', payload: '\u0002<img src=x onerror=alert(1)>\u0003' },
];

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'math',
  // Raw-text elements a browser parses differently from a sanitiser (mutation XSS).
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'lowsrc',
  'dynsrc',
  'codebase',
  'srcset',
]);
const BAD_SCHEME = /^(javascript|vbscript|livescript|data):/;

/** A URL as a browser reads it: entities already decoded; whitespace, control and format characters dropped. */
const urlOf = (value: string) => value.replace(/[\s\p{Cc}\p{Cf}]/gu, '').toLowerCase();

export interface InertOptions {
  /** Elements the page itself may hold (e.g. `form` on an editor page); never relaxed for the API's HTML. */
  allowElements?: readonly string[];
}

/** Why `html` is not inert: one line per forbidden element or attribute (empty when it is). */
export function inertFindings(html: string, options: InertOptions = {}): string[] {
  const allowed = new Set(options.allowElements ?? []);
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        if (FORBIDDEN_ELEMENTS.has(tag) && !allowed.has(tag)) found.push(`<${tag}> element`);
        for (const [rawName, value] of Object.entries(attributes)) {
          const attr = rawName.toLowerCase();
          if (attr.startsWith('on')) found.push(`<${tag} ${attr}> event handler`);
          if (attr === 'srcdoc' || attr === 'http-equiv') found.push(`<${tag} ${attr}>`);
          if (URL_ATTRIBUTES.has(attr)) {
            const urls = attr === 'srcset' ? value.split(',') : [value];
            if (urls.some((u) => BAD_SCHEME.test(urlOf(u))))
              found.push(`<${tag} ${attr}="${value.slice(0, 60)}"> script or data URL`);
          }
          if (attr === 'style' && /javascript:|vbscript:|expression\(|-moz-binding/.test(urlOf(value)))
            found.push(`<${tag} style="${value.slice(0, 60)}"> script in style`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

/**
 * Throws unless `html` is inert: no script, frame, object, embed, style, link, meta, base, form, svg, math or
 * raw-text (noscript, xmp…) element, no `on…` attribute, no srcdoc or http-equiv, no javascript:, vbscript: or data: URL in a URL attribute
 * (after entity decoding and dropping whitespace and control characters) and no script in a style attribute.
 */
export function assertInert(html: string, options: InertOptions = {}): void {
  const found = inertFindings(html, options);
  if (found.length) throw new Error(`HTML is not inert: ${found.join('; ')}\nin: ${html.slice(0, 2000)}`);
}
