import type { ServiceDatabase } from '@bvr/service-kit';
import { CreateBekymringsmelding1767000000000 } from './migrations/1767000000000-create-bekymringsmelding';
import { AddIntakeIdempotency1767100000000 } from './migrations/1767100000000-add-intake-idempotency';
import { AddAuditDetail1767110000000 } from './migrations/1767110000000-add-audit-detail';
import { AddCommandDeliveredAt1767200000000 } from './migrations/1767200000000-add-command-delivered-at';
import { AddReceiptOutbox1767300000000 } from './migrations/1767300000000-add-receipt-outbox';

/** The bekymringsmelding schema; its repositories speak SQL, so no entities are registered. */
export const database: ServiceDatabase = {
  schema: 'bekymringsmelding',
  entities: [],
  migrations: [
    CreateBekymringsmelding1767000000000,
    AddIntakeIdempotency1767100000000,
    AddAuditDetail1767110000000,
    AddCommandDeliveredAt1767200000000,
    AddReceiptOutbox1767300000000,
  ],
};
