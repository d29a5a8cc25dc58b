export const PRODUCT_NAME = 'Barnevernsrapportering';

/** The document title of a page: "Oppgaver – Barnevernsrapportering". */
export const pageTitle = (page: string): string => `${page} – ${PRODUCT_NAME}`;
