import type { ReceivingUnitDetails } from '@bvr/contracts';
import { dataSourceOptions } from '@bvr/service-kit';
import { DataSource } from 'typeorm';
import type { Env } from '../config/env';
import { database } from '../database';
import { WHOLE_KOMMUNE } from '../modules/setup/concern-setup.service';

interface DemoService {
  kommunenummer: string;
  kommunenavn: string;
  bydeler: Array<{ nummer: string; navn: string; standard: boolean }>;
  postnummer: string;
  poststed: string;
}

/**
 * Bergen with bydeler (Bergenhus receives when the sender does not choose). Stavanger is left for its
 * service admin (Marte Jensen) to set up with the wizard.
 */
const DEMO_SERVICES: DemoService[] = [
  {
    kommunenummer: '4601',
    kommunenavn: 'Bergen',
    bydeler: [
      { nummer: '01', navn: 'Arna', standard: false },
      { nummer: '02', navn: 'Bergenhus', standard: true },
      { nummer: '03', navn: 'Fana', standard: false },
    ],
    postnummer: '5020',
    poststed: 'Bergen',
  },
];

function details(service: DemoService, unitName: string): ReceivingUnitDetails {
  const domain = `${service.kommunenavn.toLowerCase()}.kommune.test`;
  return {
    mottakeradresse: {
      navn: `Barneverntjenesten ${unitName}`,
      adresselinje1: 'Postboks 7700',
      postnummer: service.postnummer,
      poststed: service.poststed,
    },
    kontakt: { epost: `bekymringsmelding@${domain}`, telefon: '55 56 56 56' },
    varselEposter: [`varsel.bekymringsmelding@${domain}`],
  };
}

/** `node main.js seed`: the demo's kommuner in use (manual receipt). Idempotent; refused in production. */
export async function seedDemoCommand(env: Env): Promise<void> {
  if (env.NODE_ENV === 'production')
    throw new Error('demo set-ups are never seeded in production');
  const dataSource = await new DataSource(
    dataSourceOptions(env.DATABASE_URL, database, 'bekymringsmelding-seed'),
  ).initialize();
  try {
    let added = 0;
    await dataSource.transaction(async (manager) => {
      for (const service of DEMO_SERVICES) {
        const inserted = (await manager.query(
          `INSERT INTO bekymringsmelding.concern_service (kommunenummer, kommunenavn, mottak, har_bydeler,
              taken_into_use_at, taken_into_use_by)
           VALUES ($1, $2, 'manuell', $3, now(), 'seed')
           ON CONFLICT (kommunenummer) DO NOTHING RETURNING kommunenummer`,
          [
            service.kommunenummer,
            service.kommunenavn,
            service.bydeler[0].nummer !== WHOLE_KOMMUNE,
          ],
        )) as unknown[];
        if (!inserted.length) continue;
        added++;
        for (const bydel of service.bydeler)
          await manager.query(
            `INSERT INTO bekymringsmelding.receiving_unit
               (kommunenummer, bydelsnummer, bydelsnavn, standard_mottaker, details, created_at)
             VALUES ($1, $2, $3, $4, $5, now())`,
            [
              service.kommunenummer,
              bydel.nummer,
              bydel.navn,
              bydel.standard,
              JSON.stringify(details(service, bydel.navn)),
            ],
          );
      }
    });
    process.stdout.write(
      `bekymringsmelding: ${DEMO_SERVICES.length} demo kommuner, ${added} new\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}
