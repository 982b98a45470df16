/**
 * Alt text for images. Alt text says what the image means, not what it looks like; a decorative image gets an
 * empty alt (GOV.UK images guidance). The problems flagged are those Sa11y, Editoria11y and Equalize Digital
 * check for: missing alt, a file name or URL as alt, alt starting "image of…", placeholder words, too long.
 */
import { isUrlLike } from './urls';

/** Editoria11y calls alt text longer than this many characters long. */
export const EDITORIA11Y_ALT_LONG = 160;
/** Sa11y warns on alt text longer than this many characters. */
export const SA11Y_ALT_LONG = 250;
/** Equalize Digital Accessibility Checker flags alt text longer than this many characters. */
export const EQUALIZE_ALT_LONG = 300;

export type AltStatus = 'missing' | 'decorative' | 'present';

export type AltProblem =
  /** Only spaces: neither a description nor a clean "decorative" marker. */
  | 'whitespace'
  /** A camera or file name ("IMG_1234.jpg", "DSC0001", "photo-2024.png") or the image's own file name. */
  | 'file-name'
  | 'url'
  /** Starts "image of", "picture of", "photo of", "graphic of"…: screen readers already say it is an image. */
  | 'starts-image-of'
  /** Says nothing: "image", "photo", "alt", "untitled", "image 1"… */
  | 'placeholder'
  /** Longer than Editoria11y's 160 characters. */
  | 'long'
  /** Repeats the text next to the image word for word (only checked when nearby text is given). */
  | 'same-as-nearby';

export interface AltReport {
  status: AltStatus;
  problems: AltProblem[];
  /** Length in characters (code points) of the trimmed alt, 0 when missing. */
  length: number;
  /** The highest of the long-alt thresholds the text exceeds (160, 250, 300), or null. */
  longOver: number | null;
}

export interface AltOptions {
  /** The image's src (URL or file name): an alt equal to its file name is flagged. */
  src?: string;
  /** Text next to the image (caption, surrounding paragraph): an alt equal to it is flagged. */
  nearbyText?: string;
}

const IMAGE_EXT = 'jpe?g|jfif|png|gif|webp|avif|svg|heic|heif|tiff?|bmp|ico';
const FILE_NAME = new RegExp(`^[^\\s/\\\\]*(?:\\s[^\\s/\\\\]*){0,3}\\.(?:${IMAGE_EXT})$`, 'iu');
// Names cameras, phones and apps give files, with or without an extension.
const CAMERA_NAME =
  /^(?:img|dsc[nf]?|pxl|mvimg|gopr|dji|p|pict|sam|wp|screenshot|screen shot|whatsapp image|signal)[\s_-]?\d[\d\s_.:-]*(?:at[\s\d.:-]*)?(?:[ap]m)?(?:\(\d+\))?$/iu;
const STARTS_IMAGE_OF =
  /^(?:an?\s+|the\s+)?(?:image|picture|photo|photograph|graphic|pic|illustration)\s+(?:of|showing|shows|depicting)\b/iu;
const PLACEHOLDERS = new Set([
  'image', 'img', 'photo', 'photograph', 'picture', 'pic', 'graphic', 'alt', 'alt text', 'alternative text',
  'untitled', 'placeholder', 'spacer', 'blank', 'empty', 'null', 'undefined', 'none', 'default', 'temp', 'test',
  'featured image', 'thumbnail', 'banner', 'icon', 'logo', 'screenshot', 'image description', 'description',
  'insert alt text', 'add alt text', 'todo', 'tbc', 'tbd', 'x', '-', '.',
]);

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_]+/gu, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .trim();

/** The file name of a src, without folders, query or extension. */
function baseName(src: string): string {
  const path = src.split(/[?#]/)[0] ?? '';
  const file = path.split(/[/\\]/).pop() ?? '';
  let decoded = file;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    // A malformed escape in a page's src: compare the raw name.
  }
  return decoded.replace(/\.[a-z0-9]{2,5}$/i, '');
}

/** Check one image's alt text: null = no alt attribute/field at all, '' = marked decorative. */
export function checkAltText(alt: string | null, options: AltOptions = {}): AltReport {
  if (alt === null) return { status: 'missing', problems: [], length: 0, longOver: null };
  if (alt === '') return { status: 'decorative', problems: [], length: 0, longOver: null };
  const trimmed = alt.trim();
  if (trimmed === '') return { status: 'decorative', problems: ['whitespace'], length: 0, longOver: null };

  const problems: AltProblem[] = [];
  const norm = normalise(trimmed);
  if (isUrlLike(trimmed)) problems.push('url');
  else if (FILE_NAME.test(trimmed) || CAMERA_NAME.test(trimmed)) problems.push('file-name');
  else if (options.src) {
    const base = normalise(baseName(options.src).replace(/[-_]+/g, ' '));
    if (base !== '' && base === normalise(trimmed.replace(/[-_]+/g, ' ')) && /\d|[-_]/.test(baseName(options.src))) {
      problems.push('file-name');
    }
  }
  if (STARTS_IMAGE_OF.test(trimmed)) problems.push('starts-image-of');
  if (PLACEHOLDERS.has(norm) || /^(?:image|photo|picture|img|pic|graphic)[\s-]?\d{1,4}$/u.test(norm)) {
    problems.push('placeholder');
  }
  const length = [...trimmed].length;
  if (length > EDITORIA11Y_ALT_LONG) problems.push('long');
  if (options.nearbyText !== undefined && norm !== '' && normalise(options.nearbyText) === norm) {
    problems.push('same-as-nearby');
  }
  const longOver =
    length > EQUALIZE_ALT_LONG
      ? EQUALIZE_ALT_LONG
      : length > SA11Y_ALT_LONG
        ? SA11Y_ALT_LONG
        : length > EDITORIA11Y_ALT_LONG
          ? EDITORIA11Y_ALT_LONG
          : null;
  return { status: 'present', problems, length, longOver };
}

export interface ImagesReport {
  total: number;
  missing: number;
  decorative: number;
  /** Images with alt text and no problem. */
  good: number;
  /** Images with at least one problem (whitespace-only decorative alt included). */
  withProblems: number;
  /** How many images have each problem. */
  problems: Record<AltProblem, number>;
  /** Per image, in order. */
  images: AltReport[];
}

/** Check every image of a post. */
export function checkImages(images: readonly { alt: string | null; src?: string }[]): ImagesReport {
  const problems: Record<AltProblem, number> = {
    whitespace: 0, 'file-name': 0, url: 0, 'starts-image-of': 0, placeholder: 0, long: 0, 'same-as-nearby': 0,
  };
  let missing = 0;
  let decorative = 0;
  let good = 0;
  let withProblems = 0;
  const reports = images.map((img) => {
    const r = checkAltText(img.alt, img.src === undefined ? {} : { src: img.src });
    if (r.status === 'missing') missing += 1;
    if (r.status === 'decorative') decorative += 1;
    if (r.problems.length > 0) withProblems += 1;
    else if (r.status === 'present') good += 1;
    for (const p of r.problems) problems[p] += 1;
    return r;
  });
  return { total: images.length, missing, decorative, good, withProblems, problems, images: reports };
}
