import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Member-written long text is Markdown, rendered to HTML here, on the server, and nowhere else: markdown-it (the
 * CommonMark parser, with raw HTML turned off so a tag is text) then sanitize-html (an allow-list of tags and
 * attributes, http/https/mailto links only) as a second fence. The web app shows the result as HTML it did not make.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'ul',
    'ol',
    'li',
    'a',
    'blockquote',
    'code',
    'pre',
    'h3',
    'h4',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // Headings inside a page's text sit below the page's own h1/h2.
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener ugc' }),
  },
};

/** Markdown → sanitised HTML (empty string for empty text). */
export function renderMarkdown(text: string): string {
  if (!text.trim()) return '';
  return sanitizeHtml(md.render(text), ALLOWED).trim();
}
