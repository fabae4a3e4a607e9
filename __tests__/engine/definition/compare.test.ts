import { compareIds, compareText } from '../../../src/engine/definition/compare';

describe('compareIds', () => {
  it('orders numeric ids as numbers', () => {
    expect(['10', '9', '100', '1'].sort(compareIds)).toEqual(['1', '9', '10', '100']);
  });

  it('puts numeric ids before other ids, which sort as text', () => {
    expect(['b', '10', 'a', '9'].sort(compareIds)).toEqual(['9', '10', 'a', 'b']);
  });

  it('is zero only for the same id', () => {
    expect([compareIds('7', '7'), Math.sign(compareIds('07', '7'))]).toEqual([0, -1]);
  });
});

describe('compareText', () => {
  it('compares by character codes, so digits sort before letters', () => {
    expect(['B', 'a', '9', 'A'].sort(compareText)).toEqual(['9', 'A', 'B', 'a']);
  });
});
