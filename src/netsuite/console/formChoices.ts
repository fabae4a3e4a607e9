/**
 * The test form's lists — lead sources, customer categories and, in OneWorld accounts, subsidiaries — kept an hour
 * in the console's own N/cache entry: 1 unit when cached, else 2 plus one paged search per list (5 + 5 a page).
 * A list value added in the last hour can still be tested by its id (JSON) until the entry expires. A list whose
 * search fails (logged) is left out: the form then takes that field's internal id as text.
 */
import cache from 'N/cache';
import log from 'N/log';
import search from 'N/search';
import type { Choice, FormChoices } from '../../console/choices';
import { hasSubsidiaries } from '../features';
import { allRows } from '../searchRows';

const CHOICES_TTL_SECONDS = 3600;

/** Record types of the lists, as the lead's select fields name them (docs/sdf-objects.md: lead source is a campaign). */
const LIST_TYPES = { leadSources: 'campaign', categories: 'customercategory', subsidiaries: 'subsidiary' } as const;

function activeChoices(type: string): Choice[] | null {
  try {
    const query = search.create({ type, filters: [['isinactive', 'is', 'F']], columns: ['name'] });
    return allRows(query, (result) => ({ id: String(result.id), name: String(result.getValue('name') ?? '') }));
  } catch (error) {
    log.error({ title: `Routing console: the ${type} list could not be read; the form takes its ids as text`, details: String((error as Error)?.message ?? error) });
    return null;
  }
}

function loadChoices(): string {
  const oneWorld = hasSubsidiaries();
  const choices: FormChoices = {
    leadSources: activeChoices(LIST_TYPES.leadSources),
    categories: activeChoices(LIST_TYPES.categories),
    subsidiaries: oneWorld ? activeChoices(LIST_TYPES.subsidiaries) : null,
    oneWorld,
  };
  return JSON.stringify(choices);
}

/** @example readFormChoices().leadSources; // [{ id: '3', name: 'Web' }, …] */
export function readFormChoices(): FormChoices {
  const consoleCache = cache.getCache({ name: 'tlr_console', scope: cache.Scope.PRIVATE });
  const entry = consoleCache.get({ key: 'form_choices', loader: loadChoices, ttl: CHOICES_TTL_SECONDS });
  return JSON.parse(entry ?? loadChoices()) as FormChoices;
}
