/** N/format for the types scripts format and parse: dates in the user's format, numbers, checkboxes. */
import { dayToDate, formatUserDate, formatUserDateTime, isoDay, parseUserDate, parseUserDateTime } from '../dates';
import { suiteScriptError } from '../errors';

const TYPES = Object.freeze({
  DATE: 'date',
  DATETIME: 'datetime',
  DATETIMETZ: 'datetimetz',
  INTEGER: 'integer',
  FLOAT: 'float',
  CURRENCY: 'currency',
  PERCENT: 'percent',
  CHECKBOX: 'checkbox',
  TEXT: 'text',
});

function cannotParse(value: unknown, type: string): Error {
  return suiteScriptError('EMULATOR_FORMAT_INVALID', `"${String(value)}" is not a valid ${type} value`);
}

export function createFormatModule() {
  return {
    Type: TYPES,
    format(options: { value: unknown; type: string }): string {
      const { value, type } = options;
      if (value instanceof Date && type === TYPES.DATE) return formatUserDate(isoDay(value));
      if (value instanceof Date && (type === TYPES.DATETIME || type === TYPES.DATETIMETZ)) return formatUserDateTime(value);
      if (type === TYPES.CURRENCY) return Number(value).toFixed(2);
      if (type === TYPES.PERCENT) return `${Number(value).toFixed(1)}%`;
      if (type === TYPES.CHECKBOX) return value === true || value === 'T' ? 'T' : 'F';
      return String(value ?? '');
    },
    parse(options: { value: unknown; type: string }): unknown {
      const { value, type } = options;
      const text = String(value ?? '');
      if (type === TYPES.DATE) {
        const day = parseUserDate(text);
        if (day === null) throw cannotParse(value, type);
        return dayToDate(day);
      }
      if (type === TYPES.DATETIME || type === TYPES.DATETIMETZ) {
        const instant = parseUserDateTime(text);
        if (instant === null) throw cannotParse(value, type);
        return instant;
      }
      if ([TYPES.INTEGER, TYPES.FLOAT, TYPES.CURRENCY, TYPES.PERCENT].includes(type as 'integer')) {
        const number = Number(text.replace(/[%,]/g, ''));
        if (!Number.isFinite(number)) throw cannotParse(value, type);
        return type === TYPES.INTEGER ? Math.trunc(number) : number;
      }
      if (type === TYPES.CHECKBOX) return text === 'T';
      return text;
    },
  };
}
