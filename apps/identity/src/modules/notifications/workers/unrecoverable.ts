import { UnrecoverableError } from 'bullmq';
import { InvalidNotificationError } from '../domain/report-notifications';

/** Bad variables or params will not get better by retrying: fail at once (a workflow incident). */
export async function failFastOnInvalid<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidNotificationError)
      throw new UnrecoverableError(error.message);
    throw error;
  }
}
