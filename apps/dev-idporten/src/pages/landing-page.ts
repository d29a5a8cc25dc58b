import type { TestPerson } from '../persons/test-persons';
import { escapeHtml as e, renderPage } from './layout';

export interface LandingPageModel {
  issuer: string;
  clientId: string;
  redirectUris: string[];
  persons: TestPerson[];
}

/** `GET /`: what this is, where the discovery document is, and who can log in. */
export function renderLandingPage(model: LandingPageModel): string {
  const discovery = `${model.issuer}/.well-known/openid-configuration`;
  const rows = model.persons
    .map(
      (person) =>
        `<tr><td>${e(person.name)}</td><td>${e(person.description)}</td><td>${person.pid ?? 'ingen'}</td></tr>`,
    )
    .join('\n');
  return renderPage({
    title: 'Lokal ID-porten',
    body: `<h1>Lokal ID-porten for utvikling og test</h1>
<p>En OpenID Provider som oppfører seg som ID-porten, med oppdiktede testpersoner. Den logger inn hvem som helst som hvem som helst, og starter derfor ikke i produksjon.</p>
<dl>
<dt>Issuer</dt><dd>${e(model.issuer)}</dd>
<dt>Discovery</dt><dd><a href="${e(discovery)}">${e(discovery)}</a></dd>
<dt>Klient</dt><dd>${e(model.clientId)}</dd>
<dt>Redirect-URI</dt><dd>${model.redirectUris.map(e).join('<br>')}</dd>
</dl>
<table>
<caption>Testpersoner</caption>
<thead><tr><th scope="col">Navn</th><th scope="col">Rolle</th><th scope="col">Fødselsnummer</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  });
}
