const SHOWN_PROBLEMS = 20;

/** The files do not form a valid data set; nothing was loaded. Each problem names its file and line. */
export class InvalidReferenceDataError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).join('; ');
    const more =
      problems.length > SHOWN_PROBLEMS
        ? ` (and ${problems.length - SHOWN_PROBLEMS} more)`
        : '';
    super(`Invalid reference data, nothing was loaded: ${shown}${more}`);
    this.name = 'InvalidReferenceDataError';
  }
}

/** Where a problem is: `kommuner.csv line 12`. */
export const at = (file: string, line: number) => `${file} line ${line}`;
