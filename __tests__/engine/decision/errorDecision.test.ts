import { errorDecision } from '../../../src/engine/decision/routeLead';
import { isPlanFormatError, isRoutingError, planFormatError, routingError } from '../../../src/engine/errors';
import { NOW, lead } from './fixtures';

describe('errorDecision', () => {
  it('saves the lead as entered, with the RoutingError code in the reason and the trace', () => {
    const decision = errorDecision(lead({ salesRepId: '7' }), routingError('MALFORMED_PLAN', 'the cached plan is unreadable'), NOW);

    expect(decision).toEqual({
      status: 'ERROR',
      repId: '7',
      territoryId: null,
      memberUpdate: null,
      reason: 'Routing failed (MALFORMED_PLAN): the cached plan is unreadable — the lead was saved as entered.',
      decidedAt: NOW,
      trace: { territories: [], ruledOutByIndex: 0, error: { code: 'MALFORMED_PLAN', message: 'the cached plan is unreadable' } },
    });
  });

  it('records any other error as UNEXPECTED_ERROR, naming its kind', () => {
    const decision = errorDecision(lead(), new TypeError("Cannot read properties of undefined (reading 'id')"), NOW);

    expect(decision).toMatchObject({ status: 'ERROR', repId: null });
    expect(decision.reason).toBe(
      "Routing failed (UNEXPECTED_ERROR): TypeError: Cannot read properties of undefined (reading 'id') — the lead was saved as entered.",
    );
  });

  it("takes the code only from the engine's own errors: another error with a code is UNEXPECTED_ERROR", () => {
    const withCode = Object.assign(new Error('connect refused'), { code: 'ECONNREFUSED' });
    const planError = planFormatError('The cached routing plan is malformed at item 1: expected an array.');

    expect(errorDecision(lead(), withCode, NOW).trace.error).toEqual({ code: 'UNEXPECTED_ERROR', message: 'connect refused' });
    expect(errorDecision(lead(), planError, NOW).trace.error).toEqual({ code: 'MALFORMED_PLAN', message: planError.message });
    expect([isRoutingError(withCode), isPlanFormatError(withCode), isPlanFormatError(routingError('GOVERNANCE_LOW', 'low'))]).toEqual([false, false, false]);
  });

  it('reads the name and message of a SuiteScript error object', () => {
    const suiteScriptError = { name: 'SSS_USAGE_LIMIT_EXCEEDED', message: 'Script Execution Usage Limit Exceeded', type: 'error.SuiteScriptError' };

    const decision = errorDecision(lead(), suiteScriptError, NOW);

    expect(decision.trace.error).toEqual({ code: 'UNEXPECTED_ERROR', message: 'SSS_USAGE_LIMIT_EXCEEDED: Script Execution Usage Limit Exceeded' });
  });

  it('accepts a thrown string and keeps a long message within the reason limit', () => {
    expect(errorDecision(lead(), 'boom', NOW).reason).toBe('Routing failed (UNEXPECTED_ERROR): boom — the lead was saved as entered.');
    const long = errorDecision(lead(), new Error('x'.repeat(5000)), NOW).reason;
    expect(long.length).toBeLessThanOrEqual(1000);
    expect(long.endsWith('… — the lead was saved as entered.')).toBe(true);
  });
});
