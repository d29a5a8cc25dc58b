import { JSDOM } from 'jsdom';

/** Parses a page without running its scripts. */
export const parseHtml = (html: string, url: string): Document =>
  new JSDOM(html, { url }).window.document;
