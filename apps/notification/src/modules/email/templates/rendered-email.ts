export interface RenderedEmail {
  subject: string;
  text: string;
  html?: string;
}

/** What every renderer needs besides the template's params. */
export interface RenderContext {
  /** The browser's origin for the app (the gateway); links are this plus the params' path. */
  publicUrl: string;
}
