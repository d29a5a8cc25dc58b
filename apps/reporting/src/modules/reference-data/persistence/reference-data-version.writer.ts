import type { DataSource } from 'typeorm';
import type { ReferenceDataSet } from '../domain/reference-data-set';
import { Bydel } from './bydel.orm-entity';
import { Fylke } from './fylke.orm-entity';
import { Kommune } from './kommune.orm-entity';
import { ReferenceDataVersion } from './reference-data-version.orm-entity';
import { StatsforvalterOffice } from './statsforvalter-office.orm-entity';

export interface NewReferenceDataVersion {
  validFrom: string;
  source: string;
  contentHash: string;
}

export interface StoredVersion {
  created: boolean;
  version: ReferenceDataVersion;
}

/**
 * Writes a whole data set as one version in one transaction. A version with the same content hash
 * is left as it is (`ON CONFLICT DO NOTHING`, so two seeds racing each other also end with one).
 */
export function storeReferenceDataVersion(
  dataSource: DataSource,
  version: NewReferenceDataVersion,
  set: ReferenceDataSet,
): Promise<StoredVersion> {
  return dataSource.transaction(async (manager) => {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ReferenceDataVersion)
      .values(version)
      .orIgnore()
      .returning('id')
      .updateEntity(false)
      .execute();
    const versionId = (inserted.raw as { id: number }[])[0]?.id;
    if (versionId === undefined) {
      const existing = await manager.findOneByOrFail(ReferenceDataVersion, {
        contentHash: version.contentHash,
      });
      return { created: false, version: existing };
    }
    // Parents before children: the foreign keys include the version id.
    await manager.insert(
      StatsforvalterOffice,
      set.offices.map((o) => ({ versionId, ...o })),
    );
    await manager.insert(
      Fylke,
      set.fylker.map((f) => ({ versionId, ...f })),
    );
    await manager.insert(
      Kommune,
      set.kommuner.map((k) => ({ versionId, ...k })),
    );
    if (set.bydeler.length > 0)
      await manager.insert(
        Bydel,
        set.bydeler.map((b) => ({ versionId, ...b })),
      );
    const created = await manager.findOneByOrFail(ReferenceDataVersion, {
      id: versionId,
    });
    return { created: true, version: created };
  });
}
