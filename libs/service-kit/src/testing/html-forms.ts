/**
 * Reads forms out of the provider's pages the way a browser would submit them, without a DOM:
 * jsdom costs a second per suite, and these pages are small and regular (ours and oidc-provider's).
 */

export interface FormButton {
  text: string;
  /** `formaction`, else the form's `action`. */
  action: string;
}

export interface ParsedForm {
  action: string;
  /** What submitting would send: hidden and text inputs, checked radios, selected options, and fields joined by `form=`. */
  fields: Record<string, string>;
  buttons: FormButton[];
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/\s([a-zA-Z-]+)(?:="([^"]*)")?/g))
    found[name.toLowerCase()] = decode(value ?? '');
  return found;
}

/** The form with this id, or the first form inside `<main>`. */
export function readForm(html: string, id?: string): ParsedForm {
  const forms = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map(
    (m) => m[0],
  );
  const form = id
    ? forms.find(
        (candidate) =>
          attributes(candidate.slice(0, candidate.indexOf('>')))['id'] === id,
      )
    : forms.find(
        (candidate) => html.indexOf(candidate) > html.indexOf('<main'),
      );
  if (!form) throw new Error(`no form ${id ?? 'in <main>'}`);
  const own = attributes(form.slice(0, form.indexOf('>')));
  const action = own['action'] ?? '';
  // Controls outside the <form> element that join it through form="id".
  const joined = own['id']
    ? [...html.matchAll(/<input\b[^>]*>/g)]
        .map((m) => m[0])
        .filter(
          (tag) => attributes(tag)['form'] === own['id'] && !form.includes(tag),
        )
    : [];
  const fields: Record<string, string> = {};
  for (const tag of [
    ...[...form.matchAll(/<input\b[^>]*>/g)].map((m) => m[0]),
    ...joined,
  ]) {
    const input = attributes(tag);
    if (!input['name']) continue;
    if (input['type'] === 'radio' && !('checked' in input)) continue;
    fields[input['name']] = input['value'] ?? '';
  }
  for (const [, open, options] of form.matchAll(
    /<select\b([^>]*)>([\s\S]*?)<\/select>/g,
  )) {
    const name = attributes(open)['name'];
    const all = [...options.matchAll(/<option\b([^>]*)>/g)].map((m) =>
      attributes(m[1]),
    );
    const chosen = all.find((option) => 'selected' in option) ?? all[0];
    if (name && chosen) fields[name] = chosen['value'] ?? '';
  }
  const buttonTags = [
    ...form.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g),
  ].map((m) => ({
    attrs: attributes(m[1]),
    text: m[2].trim(),
  }));
  const joinedButtons = [
    ...html.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g),
  ]
    .map((m) => ({ attrs: attributes(m[1]), text: m[2].trim() }))
    .filter((button) => own['id'] && button.attrs['form'] === own['id']);
  const buttons = [...buttonTags, ...joinedButtons].map((button) => ({
    text: button.text,
    action: button.attrs['formaction'] ?? action,
  }));
  return { action, fields, buttons };
}
