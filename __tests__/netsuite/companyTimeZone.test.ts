// The company's time zone through Oracle's N-module stubs: Company Information's Time Zone when this runtime knows it,
// else the server's (Pacific), logged; a role that cannot read Company Information never stops routing.
import config from 'N/config';
import log from 'N/log';
import { readCompanyTimeZone } from '../../src/netsuite/companyTimeZone';

// Oracle's stub keeps the Type enum on its prototype, which automocking leaves out; NetSuite's value is this one.
beforeEach(() => {
  Object.assign(config, { Type: { COMPANY_INFORMATION: 'companyinformation' } });
});

function companyInformation(timezone: unknown) {
  (config.load as unknown as jest.Mock).mockImplementation(({ type }: { type: string }) => {
    if (type !== 'companyinformation') throw new Error(`unexpected configuration page ${type}`);
    return { getValue: ({ fieldId }: { fieldId: string }) => (fieldId === 'timezone' ? timezone : '') };
  });
}

test("reads Company Information's Time Zone", () => {
  companyInformation('Australia/Sydney');
  expect(readCompanyTimeZone()).toBe('Australia/Sydney');
  expect(log.error).not.toHaveBeenCalled();
});

test("falls back to the server's zone, with an error in the log, for a zone this runtime does not know", () => {
  companyInformation('Mars/Olympus');
  expect(readCompanyTimeZone()).toBe('America/Los_Angeles');
  expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ title: 'Company time zone not known to this runtime' }));
});

test("falls back to the server's zone when Company Information cannot be read", () => {
  (config.load as unknown as jest.Mock).mockImplementation(() => {
    throw Object.assign(new Error('You do not have privileges to view this page'), { name: 'INSUFFICIENT_PERMISSION' });
  });
  expect(readCompanyTimeZone()).toBe('America/Los_Angeles');
  expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ title: 'Company time zone not readable' }));
});
