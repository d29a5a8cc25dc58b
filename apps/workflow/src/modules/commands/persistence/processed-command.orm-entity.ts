import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CommandKind = 'start' | 'correlate';

/**
 * A workflow command that took effect, written in the transaction of the step it caused: a
 * command id found here was applied, so a redelivery is skipped.
 */
@Entity({ schema: 'workflow', name: 'processed_command' })
export class ProcessedCommandEntity {
  @PrimaryColumn({ name: 'command_id', type: 'varchar' }) commandId!: string;
  @Column({ type: 'varchar' }) command!: CommandKind;
  @Column({ name: 'instance_id', type: 'uuid' }) instanceId!: string;
  @Column({ name: 'processed_at', type: 'timestamptz' }) processedAt!: Date;
}
