import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

/** What a service declares about its own tables: its schema, its entities and its migrations. */
export interface ServiceDatabase {
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/** Never `synchronize`: the schema only changes through migrations (`npm run migrate`). */
export function dataSourceOptions(
  databaseUrl: string,
  database: ServiceDatabase,
  applicationName: string,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    schema: database.schema,
    entities: database.entities,
    migrations: database.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    applicationName,
    extra: { max: 20 },
  };
}

@Module({})
export class DatabaseModule {
  static forRoot(
    databaseUrl: string,
    database: ServiceDatabase,
    service: string,
  ): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot(
          dataSourceOptions(databaseUrl, database, service),
        ),
      ],
    };
  }
}
