/**
 * Types for what the process editor loads without types of its own. Only the lazily loaded editor
 * files (`bpmn-modeler.ts`, `bpmn-styles.ts`) import these modules.
 */

declare module 'bpmn-js-properties-panel' {
  import type { ModuleDeclaration } from 'didi';
  export const BpmnPropertiesPanelModule: ModuleDeclaration;
  export const BpmnPropertiesProviderModule: ModuleDeclaration;
  export const CamundaPlatformPropertiesProviderModule: ModuleDeclaration;
}

declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform' {
  import type { ModuleDeclaration } from 'didi';
  const CamundaPlatformBehaviors: ModuleDeclaration;
  export default CamundaPlatformBehaviors;
}

// Style sheets imported as text (`with { loader: 'text' }`), inserted with the page's CSP nonce.
declare module '*/node_modules/bpmn-js/dist/assets/diagram-js.css' {
  const css: string;
  export default css;
}
declare module '*/node_modules/bpmn-js/dist/assets/bpmn-js.css' {
  const css: string;
  export default css;
}
declare module '*/node_modules/bpmn-js/dist/assets/bpmn-font/css/bpmn.css' {
  const css: string;
  export default css;
}
declare module '*/node_modules/@bpmn-io/properties-panel/dist/assets/properties-panel.css' {
  const css: string;
  export default css;
}

// The BPMN icon font, emitted as a file (`with { loader: 'file' }`): its URL.
declare module '*/node_modules/bpmn-js/dist/assets/bpmn-font/font/bpmn.woff2' {
  const url: string;
  export default url;
}
