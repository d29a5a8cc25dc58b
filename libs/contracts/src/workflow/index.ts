export * from './workflow-catalog';
export * from './external-task.contracts';
