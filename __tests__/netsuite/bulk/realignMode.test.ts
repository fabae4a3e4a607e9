// The realignment's Mode, a list value read back as its account-specific internal id, through Oracle's mocked N
// modules: the input stage maps it to PREVIEW or APPLY with one read of the list and previews on anything else; map
// takes the mode from each lead entry and never reads Mode; the console submits the id of the value it wants.
import runtime from 'N/runtime';
import task from 'N/task';
import { mapRealignEntry } from '../../../src/netsuite/bulk/realignMap';
import { modeOfValue, readRealignMode } from '../../../src/netsuite/bulk/realignParameters';
import { submitRealign } from '../../../src/netsuite/console/jobs';
import { givenNetSuite } from '../../scripts/givenNetSuite';

/** The mode list as an account holds it: internal ids NetSuite chose, script ids SDF fixed. */
const MODE_LIST = {
  customlist_tlr_mode: [
    { id: '14', values: { scriptid: 'VAL_TLR_PREVIEW' } },
    { id: '15', values: { scriptid: 'VAL_TLR_APPLY' } },
  ],
};

describe('the input stage reads Mode once', () => {
  it('maps the list value ids to PREVIEW and APPLY, logging nothing', () => {
    const preview = givenNetSuite({ searchRows: MODE_LIST, parameters: { custscript_tlr_mode: '14' } });
    expect(readRealignMode()).toBe('PREVIEW');
    givenNetSuite({ searchRows: MODE_LIST, parameters: { custscript_tlr_mode: '15' } });
    expect(readRealignMode()).toBe('APPLY');
    expect(preview.logs).toEqual([]);
  });

  it.each([
    ['a value of no list value (an old text Mode)', { searchRows: MODE_LIST, parameters: { custscript_tlr_mode: 'APPLY' } }, 'Mode holds "APPLY", which is no value of the list customlist_tlr_mode'],
    ['an id of another list', { searchRows: MODE_LIST, parameters: { custscript_tlr_mode: '3' } }, 'Mode holds "3"'],
    ['an empty Mode', { searchRows: MODE_LIST, parameters: {} }, 'Mode is empty'],
    ['a list that cannot be read', { parameters: { custscript_tlr_mode: '15' }, fail: { search: Object.assign(new Error('That record does not exist.'), { name: 'INVALID_SEARCH' }) } }, 'the list customlist_tlr_mode could not be read (That record does not exist.)'],
  ])('previews on %s, with one error line saying why', (_case, given, why) => {
    const { logs } = givenNetSuite(given);

    expect(readRealignMode()).toBe('PREVIEW');

    expect(logs).toEqual([{ level: 'error', title: 'Realignment previews: Mode not understood', details: expect.stringContaining(why) }]);
    expect(logs[0]?.details).toContain('this run previews and changes no lead');
  });

  it('modeOfValue never applies for a value of the list other than val_tlr_apply', () => {
    const ids = { '1': 'val_tlr_preview', '2': 'val_tlr_apply', '3': 'val_tlr_other' };
    expect(['1', '2', '3', '', 'val_tlr_apply'].map((id) => modeOfValue(id, ids).mode)).toEqual(['PREVIEW', 'APPLY', 'PREVIEW', 'PREVIEW', 'PREVIEW']);
  });
});

describe('map', () => {
  const entry = (mode: string) =>
    JSON.stringify({
      kind: 'lead',
      mode,
      update: { leadId: '901', repId: '8', territoryId: '1', statusId: '3', reason: 'Routed to Bo Li.', decidedAt: '2026-12-07T08:00:00.000Z' },
      currentRepId: '5',
      names: { lead: 'Acme', currentRep: 'Ex Rep', newRep: 'Bo Li', territory: 'West' },
      status: 'ROUTED',
      share: null,
      write: true,
    });

  it('takes the mode from the lead entry: PREVIEW writes nothing even when the deployment now says Apply', () => {
    const { submitted } = givenNetSuite({ parameters: { custscript_tlr_mode: '15' } });

    const out = JSON.parse(mapRealignEntry('lead:901', entry('PREVIEW'))[0]!.value);

    expect(out.row.result).toBe('preview');
    expect(submitted).toEqual([]);
    expect(runtime.getCurrentScript).not.toHaveBeenCalled();
  });

  it('APPLY in the entry writes the lead', () => {
    const { submitted } = givenNetSuite();

    const out = JSON.parse(mapRealignEntry('lead:901', entry('APPLY'))[0]!.value);

    expect(out.row.result).toBe('written');
    expect(submitted).toEqual([expect.objectContaining({ type: 'lead', id: '901', values: expect.objectContaining({ salesrep: '8' }) })]);
  });
});

describe('the console starts a run with the id of the list value', () => {
  function submitted(given: Parameters<typeof givenNetSuite>[0], mode: 'PREVIEW' | 'APPLY') {
    givenNetSuite(given);
    const created: Record<string, unknown>[] = [];
    jest.mocked(task.create).mockImplementation(((options: Record<string, unknown>) => {
      created.push(options);
      return { submit: () => 'MAPREDUCETASK_1' };
    }) as never);
    return { taskId: submitRealign(mode), params: created.map((options) => options['params']) };
  }

  it.each([
    ['APPLY', '15'],
    ['PREVIEW', '14'],
  ] as const)('%s → Mode %s', (mode, id) => {
    expect(submitted({ searchRows: MODE_LIST }, mode)).toEqual({ taskId: 'MAPREDUCETASK_1', params: [{ custscript_tlr_mode: id }] });
  });

  it('refuses to start when the list has no such value, naming it', () => {
    expect(() => submitted({ searchRows: { customlist_tlr_mode: MODE_LIST.customlist_tlr_mode.slice(0, 1) } }, 'APPLY')).toThrow(/customlist_tlr_mode has no value val_tlr_apply/);
    expect(task.create).not.toHaveBeenCalled();
  });
});
