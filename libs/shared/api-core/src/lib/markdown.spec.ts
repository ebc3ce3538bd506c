import { renderMarkdown } from './markdown';

/** A corpus after OWASP's XSS filter evasion cheat sheet: none of it may come out as live markup. */
const XSS = [
  '<script>alert(1)</script>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  "<IMG SRC=javascript:alert('XSS')>",
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<a onmouseover="alert(document.cookie)">xxs link</a>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  '<IMG SRC=# onmouseover="alert(\'xxs\')">',
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  '<IMG SRC="jav\tascript:alert(\'XSS\');">',
  '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">',
  '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<iframe src=http://xss.rocks/scriptlet.html <',
  "<svg/onload=alert('XSS')>",
  "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
  '<TABLE BACKGROUND="javascript:alert(\'XSS\')">',
  '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">',
  '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '![x](javascript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '`<script>alert(1)</script>`',
  '```\n<script>alert(1)</script>\n```',
];

describe('renderMarkdown', () => {
  it.each(XSS)('renders %s inert', (input) => {
    const html = renderMarkdown(`Before ${input} after`);
    expect(html).not.toMatch(/<(script|img|iframe|svg|style|meta|table|div|object|body)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i); // an event handler inside a real tag
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
  });

  it('keeps the Markdown people write', () => {
    expect(renderMarkdown('**Peer** support *works*.\n\n- one\n- two')).toBe(
      '<p><strong>Peer</strong> support <em>works</em>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    );
    expect(renderMarkdown('[MHE](https://www.mhe-sme.org)')).toBe(
      '<p><a href="https://www.mhe-sme.org" rel="nofollow noopener ugc">MHE</a></p>',
    );
    expect(renderMarkdown('# Title')).toBe('<h3>Title</h3>');
    expect(renderMarkdown('   ')).toBe('');
  });
});
