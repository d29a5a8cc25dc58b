const ADDRESS = /[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+/g;

/** SMTP errors often name the rejected recipient; the log table must not hold addresses. */
export function maskAddresses(text: string): string {
  return text.replace(ADDRESS, '<adresse>');
}

/** An error as the admins see it: masked, one line, within the column. */
export function describeFailure(error: unknown): string {
  const message =
    error instanceof Error ? error.message || error.name : String(error);
  return maskAddresses(message).replace(/\s+/g, ' ').trim().slice(0, 1000);
}
