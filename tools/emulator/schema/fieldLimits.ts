/**
 * How much text NetSuite stores in a field, where a source says so. NetSuite refuses a longer value on save with
 * EXCEEDED_MAX_FIELD_LENGTH ("The field addr1 contained more than the maximum number ( 150 ) of characters
 * allowed."). Oracle's help on custom field types gives such limits for English letters, one byte each, and says
 * text in other scripts holds fewer characters; the simulator counts characters, so it may pass such a value that
 * NetSuite refuses. tools/simulator/README.md lists the numbers with how sure each one is.
 */
import type { FieldType } from './model';

/** Custom fields by type. TEXT: NetSuite's own error on a custbody field says 300; TEXTAREA and CLOBTEXT: integration guides (unconfirmed). */
export const CUSTOM_FIELD_LIMITS: Readonly<Partial<Record<FieldType, number>>> = {
  TEXT: 300,
  TEXTAREA: 4000,
  CLOBTEXT: 1_000_000,
};

/** Standard fields the emulator knows. Confirmed: seen in NetSuite's own error message; the rest from integration guides (unconfirmed). */
export const STANDARD_FIELD_LIMITS = {
  /** Unconfirmed: CSV import templates and integration code give 83. */
  companyName: 83,
  /** Unconfirmed: 83 in integration code, 80 in one import template; the larger is kept. */
  entityId: 83,
  /** Unconfirmed: 254 in integration code (also the longest address SMTP carries); one template gives 64. */
  email: 254,
  /** Unconfirmed: 32 in integration code, 25 in one template; the larger is kept. */
  personName: 32,
  /** Confirmed: "field phone contained more than the maximum number (32)". */
  phone: 32,
  /** Confirmed for addr1: "The field addr1 contained more than the maximum number ( 150 )"; addr2 and addr3 assumed the same. */
  addressLine: 150,
  /** Confirmed: "The field state contained more than the maximum number ( 30 )". */
  state: 30,
  /** Unconfirmed: import templates give 83 for the addressee and attention lines. */
  addressee: 83,
} as const;
