import { runService } from '@bvr/service-kit';
import { gatewayService } from './gateway.service';

void runService(gatewayService);
