import { EngineFailedError } from '../../engine/engine.errors';
import { UnknownDefinitionError } from '../definitions/domain/definition.errors';
import { InstanceNotRunningError } from '../instances/domain/instance.errors';
import { MessageNotCorrelatedError } from '../messages/correlate-message.service';
import { classifyCommandFailure } from './command-failure';

describe('classifyCommandFailure', () => {
  it('fails at once what no retry can mend', () => {
    expect(
      classifyCommandFailure(new UnknownDefinitionError('no "x" deployed')),
    ).toBe('permanent');
    expect(
      classifyCommandFailure(new InstanceNotRunningError('i-1', 'completed')),
    ).toBe('permanent');
    expect(classifyCommandFailure(new EngineFailedError('missing'))).toBe(
      'permanent',
    );
    expect(
      classifyCommandFailure(
        new MessageNotCorrelatedError('two wait', 'several-waiting'),
      ),
    ).toBe('permanent');
  });

  it('waits for an instance that does not wait for the message yet', () => {
    expect(
      classifyCommandFailure(
        new MessageNotCorrelatedError('none waits', 'none-waiting'),
      ),
    ).toBe('not-yet');
  });

  it('retries anything else', () => {
    expect(classifyCommandFailure(new Error('connection terminated'))).toBe(
      'transient',
    );
  });
});
