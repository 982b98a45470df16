/**
 * Link text. A screen-reader user often hears a page's links as a list, out of context, so "click here" or
 * "read more" says nothing, and a bare URL is read out letter by letter. Links to PDFs and other documents
 * deserve a warning: GOV.UK prefers HTML, and a link should say it opens a document. Sa11y, Editoria11y and
 * Equalize Digital flag all three.
 */
import { isUrlLike } from './urls';

/**
 * Link texts that say nothing out of context (compared after lower-casing and trimming punctuation). Our own
 * list after the checkers above; "Find out more about bin collections" is fine, "Find out more" alone is not.
 */
export const VAGUE_LINK_TEXTS: ReadonlySet<string> = new Set([
  'click here', 'click', 'here', 'click this', 'tap here', 'read more', 'more', 'learn more', 'find out more',
  'more info', 'more information', 'more details', 'details', 'see more', 'see here', 'this link', 'link',
  'this page', 'page', 'this', 'go', 'continue', 'info', 'website', 'visit', 'download', 'view',
]);

/** File types a link can open instead of a web page (GOV.UK: publish in HTML; warn when linking to files). */
export const DOCUMENT_EXTENSIONS = [
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods', 'odp', 'ppt', 'pptx', 'rtf', 'csv',
] as const;
export type DocumentType = (typeof DOCUMENT_EXTENSIONS)[number];

export type LinkProblem =
  /** No readable text at all (an icon link with no label). */
  | 'empty'
  /** "click here", "read more"… or text starting "click here". */
  | 'vague'
  /** The address itself as the text. */
  | 'url-as-text'
  /** Opens a PDF, Word, Excel or OpenDocument file. */
  | 'document';

export interface LinkReport {
  problems: LinkProblem[];
  /** The file type the link opens, or null for a web page. */
  documentType: DocumentType | null;
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();

/** Which document type an href opens, judged by its path's extension (query and fragment ignored). */
export function documentTypeOf(href: string): DocumentType | null {
  const path = href.trim().split(/[?#]/)[0] ?? '';
  const m = /\.([a-z0-9]{2,5})$/i.exec(path);
  if (!m) return null;
  const ext = m[1]!.toLowerCase();
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(ext) ? (ext as DocumentType) : null;
}

/** Check one link's text (and, when given, where it goes). */
export function checkLinkText(text: string, href?: string): LinkReport {
  const problems: LinkProblem[] = [];
  const norm = normalise(text);
  if (!/[\p{L}\p{N}]/u.test(text)) problems.push('empty');
  else if (VAGUE_LINK_TEXTS.has(norm) || /^click here\b/u.test(norm)) problems.push('vague');
  else if (isUrlLike(text) || /^(?:https?:\/\/|www\.)\S+$/iu.test(text.trim())) problems.push('url-as-text');
  const documentType = href === undefined ? null : documentTypeOf(href);
  if (documentType) problems.push('document');
  return { problems, documentType };
}

export interface LinksReport {
  total: number;
  empty: number;
  vague: number;
  urlAsText: number;
  documents: number;
  /** Links without any problem. */
  good: number;
  links: LinkReport[];
}

/** Check every link of a post. */
export function checkLinks(links: readonly { text: string; href: string }[]): LinksReport {
  const out: LinksReport = { total: links.length, empty: 0, vague: 0, urlAsText: 0, documents: 0, good: 0, links: [] };
  for (const l of links) {
    const r = checkLinkText(l.text, l.href);
    out.links.push(r);
    if (r.problems.length === 0) out.good += 1;
    if (r.problems.includes('empty')) out.empty += 1;
    if (r.problems.includes('vague')) out.vague += 1;
    if (r.problems.includes('url-as-text')) out.urlAsText += 1;
    if (r.problems.includes('document')) out.documents += 1;
  }
  return out;
}
