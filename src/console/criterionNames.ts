/** A territory criterion as a sentence names it. */
import type { CriterionCheck } from '../engine';

export const CRITERION_NAMES: Readonly<Record<CriterionCheck['criterion'], string>> = {
  country: 'country',
  state: 'state',
  postalCode: 'postal code',
  leadSource: 'lead source',
  category: 'category',
  subsidiary: 'subsidiary',
};
