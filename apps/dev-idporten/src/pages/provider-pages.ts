import { escapeHtml as e, LOGOUT_SCRIPT, renderPage } from './layout';

/**
 * RP-initiated logout. `form` is oidc-provider's `<form id="op.logoutForm">` holding the xsrf token;
 * the hidden `logout=yes` joins it through the `form` attribute, so the whole ID-porten session ends.
 * A browser submits at once (the script); without script the user presses "Logg ut".
 */
export function renderLogoutPage(form: string): string {
  return renderPage({
    title: 'Logg ut',
    body: `<h1>Logg ut</h1>
<p>Du logges ut av ID-porten og sendes tilbake til tjenesten.</p>
${form}
<input type="hidden" name="logout" value="yes" form="op.logoutForm">
<div class="actions"><button type="submit" class="primary" form="op.logoutForm">Logg ut</button></div>`,
    after: `<script>${LOGOUT_SCRIPT}</script>`,
  });
}

/** After a logout without a (registered) post_logout_redirect_uri. */
export function renderLoggedOutPage(): string {
  return renderPage({
    title: 'Du er logget ut',
    body: `<h1>Du er logget ut</h1>
<p>Du er logget ut av ID-porten (lokal test). Du kan lukke denne siden.</p>`,
  });
}

/** oidc-provider's error page (bad client, redirect URI, expired interaction), in bokmål. */
export function renderErrorPage(error: {
  error: string;
  error_description?: string;
}): string {
  const description = error.error_description
    ? `<dt>Beskrivelse</dt><dd>${e(error.error_description)}</dd>`
    : '';
  return renderPage({
    title: 'Noe gikk galt',
    body: `<h1>Noe gikk galt</h1>
<p>Innloggingen kunne ikke fullføres. Gå tilbake til tjenesten og prøv på nytt.</p>
<dl><dt>Feilkode</dt><dd>${e(error.error)}</dd>${description}</dl>`,
  });
}
