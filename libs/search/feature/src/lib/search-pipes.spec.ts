import { snippetParts } from './search-pipes';

describe('snippetParts', () => {
  it('splits the API snippet into text and marked words, unescaping the text and never keeping markup', () => {
    expect(
      snippetParts(
        'Peer &amp; <mark>support</mark> workers &lt;script&gt;alert(1)&lt;/script&gt; — <mark>peer</mark>',
      ),
    ).toEqual([
      { text: 'Peer & ', mark: false },
      { text: 'support', mark: true },
      { text: ' workers <script>alert(1)</script> — ', mark: false },
      { text: 'peer', mark: true },
    ]);
  });

  it('gives nothing for an empty or missing snippet, and text alone when nothing is marked', () => {
    expect(snippetParts(null)).toEqual([]);
    expect(snippetParts('')).toEqual([]);
    expect(snippetParts('l&#39;entraide &quot;pair&quot;')).toEqual([
      { text: 'l\'entraide "pair"', mark: false },
    ]);
  });
});
