import { readFile } from 'node:fs/promises';

/** A file of the page, read once at start. */
export interface StaticFile {
  body: Buffer;
  contentType: string;
}

const PAGE_FILES: Record<string, { name: string; contentType: string }> = {
  '/': { name: 'index.html', contentType: 'text/html; charset=utf-8' },
  '/app.js': { name: 'app.js', contentType: 'text/javascript; charset=utf-8' },
  '/style.css': { name: 'style.css', contentType: 'text/css; charset=utf-8' },
};

/**
 * The page loads only these files from this server: no CDN and no other host, which the
 * Content-Security-Policy below also enforces in the browser.
 */
export const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Reads the page's files into memory, keyed by their URL path. */
export async function loadPageFiles(): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  for (const [path, { name, contentType }] of Object.entries(PAGE_FILES)) {
    const body = await readFile(new URL(`./page/${name}`, import.meta.url));
    files.set(path, { body, contentType });
  }
  return files;
}
