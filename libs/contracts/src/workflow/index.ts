export * from './workflow-catalog';
export * from './external-task.contracts';
export * from './workflow-command.contracts';
export * from './form-outcomes';
