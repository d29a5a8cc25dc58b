import {
  ACR_LEVELS,
  LoginFormError,
  LoginFormValues,
} from '../interaction/login-form';
import type { TestPerson } from '../persons/test-persons';
import { escapeHtml as e, renderPage } from './layout';

export interface LoginPageModel {
  uid: string;
  clientId: string;
  persons: TestPerson[];
  values: LoginFormValues;
  errors: LoginFormError[];
}

const personId = (index: number) => `person-${index + 1}`;

/** The id the error summary links to for a field: the control itself, or the first radio of the group. */
const anchorOf = (field: LoginFormError['field']) =>
  field === 'person' ? personId(0) : field;

function errorSummary(errors: LoginFormError[]): string {
  if (!errors.length) return '';
  const items = errors
    .map(
      (error) =>
        `<li><a href="#${anchorOf(error.field)}">${e(error.message)}</a></li>`,
    )
    .join('');
  return `<div class="error-summary" role="alert" aria-labelledby="feil-tittel">
<h2 id="feil-tittel">For å gå videre må du rette opp dette:</h2>
<ul>${items}</ul>
</div>`;
}

const errorFor = (errors: LoginFormError[], field: LoginFormError['field']) =>
  errors.find((error) => error.field === field);

function personOptions(model: LoginPageModel): string {
  const error = errorFor(model.errors, 'person');
  const options = model.persons
    .map((person, index) => {
      const id = personId(index);
      const checked = person.key === model.values.person ? ' checked' : '';
      const detail = person.pid
        ? `${person.description} · ${person.pid}`
        : person.description;
      return `<div class="option">
<input type="radio" id="${id}" name="person" value="${e(person.key)}" aria-describedby="${id}-beskrivelse"${checked}>
<div><label for="${id}" class="name">${e(person.name)}</label><span class="desc" id="${id}-beskrivelse">${e(detail)}</span></div>
</div>`;
    })
    .join('\n');
  const describedBy = error ? ' aria-describedby="person-feil"' : '';
  const message = error
    ? `<p class="error-message" id="person-feil">${e(error.message)}</p>`
    : '';
  return `<fieldset${describedBy}>
<legend>Velg testperson</legend>
${message}
${options}
</fieldset>`;
}

function fodselsnummerField(model: LoginPageModel): string {
  const error = errorFor(model.errors, 'fodselsnummer');
  const describedBy = error
    ? 'fodselsnummer-hint fodselsnummer-feil'
    : 'fodselsnummer-hint';
  return `<div class="field">
<label for="fodselsnummer">Fødselsnummer</label>
<p class="hint" id="fodselsnummer-hint">Eller skriv et annet syntetisk fødselsnummer med 11 siffer. Et utfylt nummer går foran valgt testperson.</p>
${error ? `<p class="error-message" id="fodselsnummer-feil">${e(error.message)}</p>` : ''}
<input type="text" id="fodselsnummer" name="fodselsnummer" inputmode="numeric" autocomplete="off" spellcheck="false" value="${e(model.values.fodselsnummer)}" aria-describedby="${describedBy}"${error ? ' aria-invalid="true"' : ''}>
</div>`;
}

function acrField(model: LoginPageModel): string {
  const error = errorFor(model.errors, 'acr');
  const options = ACR_LEVELS.map(
    (level) =>
      `<option value="${level.value}"${level.value === model.values.acr ? ' selected' : ''}>${level.label}</option>`,
  ).join('');
  return `<div class="field">
<label for="acr">Sikkerhetsnivå</label>
${error ? `<p class="error-message" id="acr-feil">${e(error.message)}</p>` : ''}
<select id="acr" name="acr"${error ? ' aria-invalid="true" aria-describedby="acr-feil"' : ''}>${options}</select>
</div>`;
}

/** ID-porten's TestID login: pick a seeded person or type a fødselsnummer, choose a level, or cancel. */
export function renderLoginPage(model: LoginPageModel): string {
  const action = `/interaction/${encodeURIComponent(model.uid)}`;
  const title = model.errors.length
    ? 'Feil: Logg inn med TestID'
    : 'Logg inn med TestID';
  return renderPage({
    title,
    body: `<h1>Logg inn med TestID</h1>
<p>Du logger inn i tjenesten <strong>${e(model.clientId)}</strong>. Dette er en lokal test av ID-porten: alle personene er oppdiktet.</p>
${errorSummary(model.errors)}
<form method="post" action="${action}/login" novalidate>
${personOptions(model)}
${fodselsnummerField(model)}
${acrField(model)}
<div class="actions">
<button type="submit" class="primary">Logg inn</button>
<button type="submit" class="secondary" formaction="${action}/abort" formnovalidate>Avbryt</button>
</div>
</form>`,
  });
}
