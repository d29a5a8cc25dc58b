import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import CamundaPlatformBehaviors from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { bokmalTranslateModule } from './bpmn-translations';
import { describeSummary, processKeyOf } from './model-diff';
import { importErrorDetail, warningMessages } from './process-editor-rules';

/**
 * bpmn-js with the Camunda 7 (Platform) properties panel, behind a small interface. Only the editor
 * page imports this file, with `import()`: bpmn-js and the panel are in no other chunk.
 */

interface DiagramElement {
  readonly id: string;
  readonly businessObject?: { readonly $type: string; readonly name?: unknown };
}
interface ElementRegistry {
  get(id: string): DiagramElement | undefined;
}
interface Canvas {
  addMarker(element: DiagramElement, marker: string): void;
  removeMarker(element: DiagramElement, marker: string): void;
  getRootElement(): DiagramElement;
  scrollToElement(element: DiagramElement): void;
  zoom(level: 'fit-viewport', center?: 'auto'): number;
}
interface Selection {
  select(element: DiagramElement | null): void;
}
interface Overlays {
  add(
    element: DiagramElement,
    type: string,
    overlay: { position: Record<string, number>; html: HTMLElement },
  ): string;
  remove(filter: { type: string }): void;
}
interface Moddle {
  fromXML(
    xml: string,
    type: string,
  ): Promise<{ rootElement: unknown; warnings: unknown[] }>;
}

export const PROBLEM_MARKER = 'editor-problem';
const PROBLEM_OVERLAY = 'editor-problem-count';

export type ImportOutcome =
  | { readonly ok: true; readonly warnings: readonly string[] }
  | {
      readonly ok: false;
      readonly error: string;
      readonly warnings: readonly string[];
    };

/** An executable, empty process for «Ny prosess»; its id becomes the key on deployment. */
export const EMPTY_DIAGRAM = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_ny" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="ny-prosess" name="Ny prosess" isExecutable="true">
    <bpmn:startEvent id="Start" name="Start" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_ny">
    <bpmndi:BPMNPlane id="Plane_ny" bpmnElement="ny-prosess">
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start">
        <dc:Bounds x="180" y="160" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;

export class ProcessModeler {
  private readonly modeler: Modeler;
  private marked: string[] = [];
  private rendering = false;

  constructor(canvas: HTMLElement, properties: HTMLElement) {
    this.modeler = new Modeler({
      container: canvas,
      propertiesPanel: { parent: properties },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaPlatformBehaviors,
        bokmalTranslateModule,
      ],
      moddleExtensions: { camunda: camundaModdle },
    });
    this.modeler.on('import.render.start', () => (this.rendering = true));
  }

  private service<T>(name: string): T {
    return this.modeler.get<T>(name);
  }

  /** Calls `listener` after every change to the diagram (edits, undo, redo, import). */
  onChange(listener: () => void): void {
    this.modeler.on('commandStack.changed', listener);
  }

  /**
   * Shows `xml`. When it cannot be read, the diagram that was open stays (a parse error never
   * touches it; one that fails while drawing is replaced by what was open before).
   */
  async importXml(xml: string): Promise<ImportOutcome> {
    const before = await this.currentXmlOrNull();
    this.rendering = false;
    try {
      const { warnings } = await this.modeler.importXML(xml);
      this.canvas.zoom('fit-viewport', 'auto');
      this.marked = [];
      return { ok: true, warnings: warningMessages(warnings) };
    } catch (error) {
      const warnings = warningMessages(
        (error as { warnings?: unknown[] }).warnings ?? [],
      );
      if (this.rendering && before !== null)
        await this.modeler.importXML(before).catch(() => undefined);
      return {
        ok: false,
        error: importErrorDetail(error) || 'Ukjent feil',
        warnings,
      };
    }
  }

  async xml(): Promise<string> {
    const { xml } = await this.modeler.saveXML({ format: true });
    if (xml === undefined) throw new Error('bpmn-js saved no XML');
    return xml;
  }

  private async currentXmlOrNull(): Promise<string | null> {
    try {
      return this.modeler.getDefinitions() ? await this.xml() : null;
    } catch {
      return null;
    }
  }

  /** The model as bpmn-moddle definitions (for the diff). */
  definitions(): unknown {
    return this.modeler.getDefinitions();
  }

  /** Parses another version with the same moddle (Camunda extension included), for the diff. */
  async parse(xml: string): Promise<unknown> {
    const { rootElement } = await this.service<Moddle>('moddle').fromXML(
      xml,
      'bpmn:Definitions',
    );
    return rootElement;
  }

  processKey(): string | null {
    return processKeyOf(this.modeler.getDefinitions());
  }

  /** `Brukeroppgave «Kontroll» (Task_1)` for an element in the diagram; null if it is not there. */
  describe(elementId: string): string | null {
    const businessObject = this.registry.get(elementId)?.businessObject;
    if (!businessObject) return null;
    return describeSummary({
      id: elementId,
      type: businessObject.$type,
      name:
        typeof businessObject.name === 'string' && businessObject.name.trim()
          ? businessObject.name.trim()
          : null,
    });
  }

  /** Selects the element (its properties show in the panel) and scrolls it into view. */
  select(elementId: string): boolean {
    const element = this.registry.get(elementId);
    if (!element) return false;
    this.service<Selection>('selection').select(element);
    if (element !== this.canvas.getRootElement())
      this.canvas.scrollToElement(element);
    return true;
  }

  /** Red markers and a count on the elements with problems; the previous ones are removed. */
  markProblems(counts: ReadonlyMap<string, number>): void {
    const overlays = this.service<Overlays>('overlays');
    overlays.remove({ type: PROBLEM_OVERLAY });
    for (const id of this.marked) {
      const element = this.registry.get(id);
      if (element) this.canvas.removeMarker(element, PROBLEM_MARKER);
    }
    this.marked = [];
    const root = this.canvas.getRootElement();
    for (const [id, count] of counts) {
      const element = this.registry.get(id);
      if (!element || element === root) continue;
      this.canvas.addMarker(element, PROBLEM_MARKER);
      const badge = document.createElement('span');
      badge.className = 'editor-problem-badge';
      badge.textContent = String(count);
      overlays.add(element, PROBLEM_OVERLAY, {
        position: { top: -10, right: 10 },
        html: badge,
      });
      this.marked.push(id);
    }
  }

  destroy(): void {
    this.modeler.destroy();
  }

  private get registry(): ElementRegistry {
    return this.service<ElementRegistry>('elementRegistry');
  }

  private get canvas(): Canvas {
    return this.service<Canvas>('canvas');
  }
}
