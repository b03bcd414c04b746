import type * as english from "./en";

/**
 * The shape every locale's catalogue has: English's namespaces and keys, any text. A namespace is one
 * part of the interface (a component, or strings several share), so a browser script imports only its own.
 */
export type Catalogue = { [Namespace in keyof typeof english]: { [Key in keyof (typeof english)[Namespace]]: string } };

/** Fills `{name}` placeholders in a catalogue string. A placeholder without a value is an error, not blank text. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}

/**
 * Splits a catalogue string at its one `{name}` placeholder, so markup (a link, a `<time>`) can stand
 * between the two halves while the words around it stay in the catalogue, in the language's own order.
 */
export function around(template: string, name: string): [before: string, after: string] {
  const parts = template.split(`{${name}}`);
  if (parts.length !== 2) throw new Error(`"${template}" needs exactly one {${name}}`);
  return [parts[0] ?? "", parts[1] ?? ""];
}
