import type { ServiceDatabase } from '@bvr/service-kit';
import { CreateIdentity1764200000000 } from './migrations/1764200000000-create-identity';
import { CreateUndeliverableNotifications1765000000000 } from './migrations/1765000000000-create-undeliverable-notifications';
import { CreateAccessApplications1766000000000 } from './migrations/1766000000000-create-access-applications';
import { AddCommandDeliveredAt1766100000000 } from './migrations/1766100000000-add-command-delivered-at';
import { AccessApplicationEntity } from './modules/access-applications/persistence/access-application.orm-entity';
import { RoleAuditEntity } from './modules/grants/persistence/role-audit.orm-entity';
import { RoleGrantEntity } from './modules/grants/persistence/role-grant.orm-entity';
import { UndeliverableNotificationEntity } from './modules/notifications/persistence/undeliverable-notification.orm-entity';
import { MachineClientEntity } from './modules/machine-clients/persistence/machine-client.orm-entity';
import { SigningKeyEntity } from './modules/tokens/persistence/signing-key.orm-entity';
import { UserEntity } from './modules/users/persistence/user.orm-entity';

export const database: ServiceDatabase = {
  schema: 'identity',
  entities: [
    UserEntity,
    RoleGrantEntity,
    RoleAuditEntity,
    SigningKeyEntity,
    MachineClientEntity,
    UndeliverableNotificationEntity,
    AccessApplicationEntity,
  ],
  migrations: [
    CreateIdentity1764200000000,
    CreateUndeliverableNotifications1765000000000,
    CreateAccessApplications1766000000000,
    AddCommandDeliveredAt1766100000000,
  ],
};
