/** The lists the test form offers (lead sources, customer categories, subsidiaries), as id and name. */
export interface Choice {
  id: string;
  name: string;
}

/** Each list, or null when it could not be read: the form then takes the internal id as text. */
export interface FormChoices {
  leadSources: Choice[] | null;
  categories: Choice[] | null;
  subsidiaries: Choice[] | null;
  /** false in an account without subsidiaries (no OneWorld): the form has no subsidiary. */
  oneWorld: boolean;
}

/** @example choiceName([{ id: '3', name: 'Web' }], '3'); // 'Web (3)' */
export function choiceName(choices: readonly Choice[] | null, id: string): string {
  const found = choices?.find((choice) => choice.id === id);
  return found === undefined ? id : `${found.name} (${id})`;
}
