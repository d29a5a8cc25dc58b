import { externalTaskTopics, formKeys } from '@bvr/contracts';
import type { ModelCatalog } from './validate-model';

/** What deployed models may refer to here: the form keys the SPA renders and the topics handled. */
export const deployCatalog: ModelCatalog = {
  formKeys: new Set(Object.keys(formKeys)),
  topics: new Set(Object.keys(externalTaskTopics)),
};
