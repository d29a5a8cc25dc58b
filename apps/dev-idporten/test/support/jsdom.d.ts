/** The part of jsdom (a dependency of the installed tree, without its @types) the specs use. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(
      html?: string,
      options?: { url?: string; runScripts?: 'outside-only' | 'dangerously' },
    );
    readonly window: Window &
      typeof globalThis & { eval(source: string): unknown };
  }
}
