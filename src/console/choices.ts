/** The lists the test form offers (lead sources, customer categories, subsidiaries), as id and name. */
export interface Choice {
  id: string;
  name: string;
}

export interface FormChoices {
  leadSources: Choice[];
  categories: Choice[];
  /** null in an account without subsidiaries (no OneWorld). */
  subsidiaries: Choice[] | null;
}

/** @example choiceName([{ id: '3', name: 'Web' }], '3'); // 'Web (3)' */
export function choiceName(choices: readonly Choice[] | null, id: string): string {
  const found = choices?.find((choice) => choice.id === id);
  return found === undefined ? id : `${found.name} (${id})`;
}
