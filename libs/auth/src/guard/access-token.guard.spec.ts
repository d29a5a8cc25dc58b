import { Role } from '@bvr/contracts';
import { DomainErrorFilter, PublicRoute } from '@bvr/service-kit';
import { Controller, Get, INestApplication, Param } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AuthModule } from '../auth.module';
import type { Principal } from '../principal';
import { TestTokens } from '../testing/test-tokens';
import { CurrentPrincipal, RequireRoles, RequireUnitScope } from './decorators';
import type { UnitDirectory } from './unit-directory';

@Controller()
class ExampleController {
  @PublicRoute()
  @Get('open')
  open() {
    return { ok: true };
  }

  @Get('me')
  me(@CurrentPrincipal() principal: Principal) {
    return { id: principal.id, roles: principal.grants.map((g) => g.role) };
  }

  @RequireRoles(Role.PLATFORM_ADMIN)
  @Get('admin')
  admin() {
    return { ok: true };
  }

  @RequireUnitScope({
    roles: [Role.UNIT_REPORTER, Role.STATSFORVALTER_CASEWORKER],
    from: { param: 'unitId' },
  })
  @Get('units/:unitId')
  unit(@Param('unitId') unitId: string) {
    return { unitId };
  }
}

class OfficesOfTwoUnits implements UnitDirectory {
  async officeOf(unitId: string) {
    return (
      (
        { '4601': 'sf-vestland', '1103': 'sf-rogaland' } as Record<
          string,
          string
        >
      )[unitId] ?? null
    );
  }
}

describe('AccessTokenGuard', () => {
  let app: INestApplication;
  let tokens: TestTokens;

  beforeAll(async () => {
    tokens = await TestTokens.create();
    const moduleRef = await Test.createTestingModule({
      imports: [
        AuthModule.forRoot(tokens.authOptions('workflow'), {
          imports: [],
          useClass: OfficesOfTwoUnits,
        }),
      ],
      controllers: [ExampleController],
    }).compile();
    app = moduleRef.createNestApplication();
    app.useGlobalFilters(new DomainErrorFilter());
    await app.init();
  });
  afterAll(() => app.close());

  const get = (path: string, authorization?: string) => {
    const req = request(app.getHttpServer()).get(path);
    return authorization ? req.set('authorization', authorization) : req;
  };
  const as = (
    grants: string[],
    extra: { audience?: string; expiresIn?: number } = {},
  ) => tokens.bearer({ audience: 'workflow', grants, ...extra });

  it('lets anyone call a public route', async () => {
    await get('/open').expect(200);
  });

  it('refuses a call without a token, with a message a person can act on', async () => {
    const response = await get('/me').expect(401);
    expect(response.body).toMatchObject({
      code: 'COMMON.UNAUTHENTICATED',
      message: 'Log in to use this service',
    });
  });

  it('accepts a valid token and hands the principal to the handler', async () => {
    const response = await get(
      '/me',
      await tokens.bearer({
        audience: 'workflow',
        sub: 'user-1',
        grants: ['bufdir@national'],
      }),
    ).expect(200);
    expect(response.body).toEqual({ id: 'user-1', roles: ['bufdir'] });
  });

  it('refuses a token for another service (audience)', async () => {
    const response = await get(
      '/me',
      await as([], { audience: 'reporting' }),
    ).expect(401);
    expect(response.body.message).toBe(
      'The access token is not meant for this service',
    );
  });

  it('refuses an expired token', async () => {
    const response = await get('/me', await as([], { expiresIn: -60 })).expect(
      401,
    );
    expect(response.body.message).toBe(
      'The access token has expired: log in again',
    );
  });

  it('refuses a token signed with another key', async () => {
    const stranger = await TestTokens.create();
    await get('/me', await stranger.bearer({ audience: 'workflow' })).expect(
      401,
    );
  });

  it('refuses a tampered token', async () => {
    const token = (await as(['bufdir@national'])).slice('Bearer '.length);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.grants = ['platform-admin@national'];
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await get('/admin', `Bearer ${forged}`).expect(401);
  });

  it('checks roles: 403 for a caller without the role', async () => {
    await get('/admin', await as(['platform-admin@national'])).expect(200);
    const response = await get(
      '/admin',
      await as(['unit-reporter@unit:4601']),
    ).expect(403);
    expect(response.body.message).toBe(
      'This needs one of the roles: platform-admin',
    );
  });

  it('a reporter of one kommune cannot act for another', async () => {
    const bergen = await as(['unit-reporter@unit:4601']);
    await get('/units/4601', bergen).expect(200);
    const response = await get('/units/1103', bergen).expect(403);
    expect(response.body.message).toBe('You have no access to unit 1103');
  });

  it('a kommune grant covers its bydeler, a bydel grant only itself', async () => {
    await get('/units/030101', await as(['unit-reporter@unit:0301'])).expect(
      200,
    );
    await get('/units/030102', await as(['unit-reporter@unit:030101'])).expect(
      403,
    );
  });

  it('a Statsforvalter office sees only its own kommuner', async () => {
    const vestland = await as(['statsforvalter-caseworker@office:sf-vestland']);
    await get('/units/4601', vestland).expect(200);
    await get('/units/1103', vestland).expect(403);
  });

  it('a grant of another role does not count for the unit', async () => {
    await get('/units/4601', await as(['concern-admin@unit:4601'])).expect(403);
  });
});
