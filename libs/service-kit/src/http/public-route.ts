import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'bvr:public-route';

/**
 * This handler (or controller) answers without an access token: health, JWKS, login.
 * Every other route of a service that imports the auth module requires one.
 */
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);
