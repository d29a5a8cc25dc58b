/*
 * Relative paths, not package names: under `ng serve`, imports of packages are left to Vite's
 * pre-bundling, which ignores the `loader` attribute; a relative path is always bundled by the
 * Angular builder, which honours it (text and file loaders). Hence the module-boundaries exception.
 */
/* eslint-disable @nx/enforce-module-boundaries */
import bpmnJsCss from '../../../../../node_modules/bpmn-js/dist/assets/bpmn-js.css' with { loader: 'text' };
import diagramJsCss from '../../../../../node_modules/bpmn-js/dist/assets/diagram-js.css' with { loader: 'text' };
import bpmnFontCss from '../../../../../node_modules/bpmn-js/dist/assets/bpmn-font/css/bpmn.css' with { loader: 'text' };
import bpmnFontUrl from '../../../../../node_modules/bpmn-js/dist/assets/bpmn-font/font/bpmn.woff2' with { loader: 'file' };
import propertiesPanelCss from '../../../../../node_modules/@bpmn-io/properties-panel/dist/assets/properties-panel.css' with { loader: 'text' };
/* eslint-enable @nx/enforce-module-boundaries */

const STYLE_ID = 'app-process-editor-vendor-styles';

/**
 * The editor's own rules for what bpmn-js draws (outside Angular's view encapsulation): problem
 * markers and counts, and the panel containers' sizes, which the panel sets as `style` attributes
 * that the CSP blocks.
 */
const EDITOR_CSS = `
.djs-element.editor-problem .djs-visual > :first-child {
  stroke: var(--ds-color-danger-border-default, #c22d3a) !important;
  stroke-width: 3px !important;
}
.djs-connection.editor-problem .djs-visual > path {
  stroke: var(--ds-color-danger-border-default, #c22d3a) !important;
}
.editor-problem-badge {
  display: inline-block;
  min-width: 1.25rem;
  padding: 0 0.3rem;
  border-radius: 999px;
  background: var(--ds-color-danger-base-default, #c22d3a);
  color: var(--ds-color-danger-base-contrast-default, #fff);
  font: 700 0.75rem/1.25rem sans-serif;
  text-align: center;
  pointer-events: none;
}
.bio-properties-panel-container {
  height: 100%;
}
.bio-properties-panel-header-container {
  flex: none;
  height: auto;
}
`;

/**
 * The style sheets of bpmn-js and its properties panel, part of the editor's lazy chunk only (as
 * text; the component style budget is far too small for them). The icon font is its own file from
 * our origin: the CSP allows neither `data:` fonts nor `<style>` without the page's nonce.
 */
export function installEditorStyles(
  document: Document,
  nonce: string | null,
): void {
  if (document.getElementById(STYLE_ID)) return;
  const fontUrl = new URL(bpmnFontUrl, document.baseURI).href;
  const font = `@font-face {
  font-family: 'bpmn';
  src: url('${fontUrl}') format('woff2');
  font-weight: normal;
  font-style: normal;
}`;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = [
    diagramJsCss,
    bpmnJsCss,
    font,
    bpmnFontCss.replace(/@font-face\s*\{[^}]*\}/g, ''),
    propertiesPanelCss,
    EDITOR_CSS,
  ].join('\n');
  document.head.appendChild(style);
}
