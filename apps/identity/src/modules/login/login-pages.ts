const REASONS = {
  level: 'Innloggingen hadde ikke høyt nok sikkerhetsnivå for denne tjenesten.',
  denied: 'Innloggingen ble avbrutt.',
  failed:
    'Vi kunne ikke fullføre innloggingen. Lenken kan være brukt før, eller innloggingen tok for lang tid.',
} as const;

/** A plain page for a login that did not succeed: it has no SPA around it. */
export function loginFailedPage(
  reason: keyof typeof REASONS,
  returnTo = '/',
): string {
  const retry = escapeHtml(
    `/auth/login?returnTo=${encodeURIComponent(returnTo)}`,
  );
  return `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Innloggingen feilet – Barnevernsrapportering</title></head>
<body>
<main>
<h1>Innloggingen feilet</h1>
<p>${REASONS[reason]}</p>
<p><a href="${retry}">Prøv å logge inn på nytt</a> eller gå til <a href="/">forsiden</a>.</p>
</main>
</body>
</html>`;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
