/**
 * A health finding's example lead, as the console shows it: the test view's parameters (the JSON form, and a link
 * that tests the lead), and a short description with list values by name.
 */
import type { ExampleLead } from '../../engine';
import { choiceName, type FormChoices } from '../choices';

/**
 * The example as the test view's fact parameters ('' for none).
 *
 * @example
 * exampleParams({ country: 'US', state: 'CA', postalCode: '95014', leadSource: '3', category: null, subsidiary: null });
 * // { country: 'US', state: 'CA', zip: '95014', leadsource: '3', category: '', subsidiary: '' }
 */
export function exampleParams(example: ExampleLead): Record<string, string> {
  return {
    country: example.country,
    state: example.state,
    zip: example.postalCode,
    leadsource: example.leadSource ?? '',
    category: example.category ?? '',
    subsidiary: example.subsidiary ?? '',
  };
}

/**
 * @example
 * exampleWords({ country: 'US', state: 'CA', postalCode: '', leadSource: '3', category: null, subsidiary: null }, choices);
 * // 'US, CA; lead source Web (3)'
 */
export function exampleWords(example: ExampleLead, choices: FormChoices): string {
  const place = [example.country || 'no country', example.state, example.postalCode].filter((part) => part !== '').join(', ');
  const lists = [
    example.leadSource === null ? null : `lead source ${choiceName(choices.leadSources, example.leadSource)}`,
    example.category === null ? null : `category ${choiceName(choices.categories, example.category)}`,
    example.subsidiary === null ? null : `subsidiary ${choiceName(choices.subsidiaries, example.subsidiary)}`,
  ].filter((part) => part !== null);
  return [place, ...lists].join('; ');
}
