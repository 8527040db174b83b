/** The article every reader gives the pipeline, whatever the file it came from. */

export interface RawArticle {
  id: string;
  file: string;
  title: string;
  outlet: string;
  url?: string;
  published: string;
  year: number;
  language?: string;
  body: string;
}

/** Plain text has no outlet field; the article still needs one to be shown. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

/** The file name without its folders, by string alone (no node:path: this runs in the browser too). */
const baseName = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/** ".md", ".html": the last extension, lower case; "" for none. */
export function extensionOf(file: string): string {
  const name = baseName(file);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

export function articleIdFromFile(file: string): string {
  const name = baseName(file);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}
