import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Input,
  input,
  OnDestroy,
  output,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type { ActivityCount } from './process-api';
import {
  type DiagramElement,
  type DiagramFlow,
  type InstancePath,
  isFlowNode,
} from './process-diagram';
import { incidentLabel, waitingLabel } from './process-labels';

/** What the diagram holds once rendered: the page lists its activities from it. */
export interface DiagramContents {
  readonly elements: readonly DiagramElement[];
  readonly flows: readonly DiagramFlow[];
}

// The few bpmn-js / diagram-js services used here, typed by what is used (plain data in, out).
interface Shape {
  readonly id: string;
  readonly type: string;
  readonly businessObject?: { readonly name?: unknown };
  readonly source?: { readonly id: string };
  readonly target?: { readonly id: string };
}
interface Canvas {
  zoom(level: 'fit-viewport', center?: 'auto'): number;
  addMarker(element: string, marker: string): void;
  removeMarker(element: string, marker: string): void;
}
interface Overlays {
  add(
    element: string,
    type: string,
    overlay: {
      position: { bottom?: number; left?: number };
      html: HTMLElement;
    },
  ): string;
  remove(filter: { type: string }): void;
}
interface ElementRegistry {
  getAll(): Shape[];
}
interface EventBus {
  on(event: string, callback: (event: { element: Shape }) => void): void;
}

const BADGES = 'process-admin-badges';
const MARKERS = {
  passed: 'pa-path-passed',
  current: 'pa-path-current',
  failed: 'pa-path-failed',
  flow: 'pa-path-flow',
  clickable: 'pa-clickable',
  selected: 'pa-selected',
} as const;

const nameOf = (shape: Shape): string | null => {
  const name = shape.businessObject?.name;
  return typeof name === 'string' && name.trim() !== '' ? name : null;
};

/**
 * A BPMN diagram drawn with bpmn-js's NavigatedViewer (drag to move, Ctrl + wheel to zoom), with
 * Cockpit's badges (instances waiting; incidents in red) and the markers of an instance's path.
 * bpmn-js is imported here with `import()`, so it is a chunk of its own that only this page loads.
 *
 * The canvas is an image with `label` as its name and is left out of axe (`data-axe-exclude`):
 * it cannot be used from the keyboard, so the page always lists the same facts beside it. Inputs
 * are setters, not `effect`, as in the publication's chart.
 */
@Component({
  selector: 'app-bpmn-diagram',
  template: `
    <div
      class="bpmn-diagram"
      role="img"
      data-axe-exclude
      [attr.aria-label]="label()"
    >
      <div #host class="bpmn-diagram__host"></div>
    </div>
  `,
  styleUrl: './bpmn-diagram.css',
  // bpmn-js builds its SVG outside Angular's templates: its styles cannot be scoped to them.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BpmnDiagram implements AfterViewInit, OnDestroy {
  readonly label = input.required<string>();
  /** An activity (or its badge) was clicked. */
  readonly activityClicked = output<string>();
  /** The XML was drawn; its activities and flows, for the page's list and the path. */
  readonly rendered = output<DiagramContents>();
  /** The XML could not be drawn. */
  readonly failed = output<unknown>();

  @Input({ required: true }) set xml(xml: string) {
    this.shownXml = xml;
    void this.render();
  }
  @Input() set counts(counts: readonly ActivityCount[] | null) {
    this.shownCounts = counts ?? [];
    this.decorate();
  }
  @Input() set path(path: InstancePath | null) {
    this.shownPath = path;
    this.decorate();
  }
  @Input() set selected(id: string | null) {
    this.shownSelected = id;
    this.decorate();
  }

  private readonly host = viewChild.required<ElementRef<HTMLElement>>('host');
  private viewer: NavigatedViewer | null = null;
  private destroyed = false;
  private ready = false;
  private renderedXml: string | null = null;
  private shownXml = '';
  private shownCounts: readonly ActivityCount[] = [];
  private shownPath: InstancePath | null = null;
  private shownSelected: string | null = null;
  /** Markers set by the last `decorate()`, to take off before the next. */
  private markers: [string, string][] = [];

  ngAfterViewInit(): void {
    void this.render();
  }

  ngOnDestroy(): void {
    this.destroyed = true;
    this.viewer?.destroy();
    this.viewer = null;
  }

  private async render(): Promise<void> {
    const xml = this.shownXml;
    if (!xml || xml === this.renderedXml || this.destroyed) return;
    this.renderedXml = xml;
    this.ready = false;
    try {
      const viewer = await this.ensureViewer();
      if (!viewer || this.renderedXml !== xml) return;
      await viewer.importXML(xml);
      if (this.destroyed || this.renderedXml !== xml) return;
      viewer.get<Canvas>('canvas').zoom('fit-viewport', 'auto');
      this.ready = true;
      this.markers = [];
      this.decorate();
      this.rendered.emit(this.contents(viewer));
    } catch (error) {
      if (!this.destroyed) this.failed.emit(error);
    }
  }

  private async ensureViewer(): Promise<NavigatedViewer | null> {
    if (this.viewer) return this.viewer;
    const { default: Viewer } = await import('bpmn-js/lib/NavigatedViewer');
    if (this.destroyed) return null;
    // Another render may have created it while this one waited for the chunk.
    if (this.viewer) return this.viewer;
    const viewer = new Viewer({
      container: this.host().nativeElement,
      height: '100%',
      width: '100%',
    });
    viewer.get<EventBus>('eventBus').on('element.click', ({ element }) => {
      if (isFlowNode(element.type)) this.activityClicked.emit(element.id);
    });
    this.viewer = viewer;
    return viewer;
  }

  private contents(viewer: NavigatedViewer): DiagramContents {
    const shapes = viewer.get<ElementRegistry>('elementRegistry').getAll();
    return {
      elements: shapes
        .filter((shape) => isFlowNode(shape.type))
        .map((shape) => ({
          id: shape.id,
          type: shape.type,
          name: nameOf(shape),
        })),
      flows: shapes
        .filter(
          (shape) =>
            shape.type === 'bpmn:SequenceFlow' && shape.source && shape.target,
        )
        .map((shape) => ({
          id: shape.id,
          sourceId: shape.source?.id ?? '',
          targetId: shape.target?.id ?? '',
        })),
    };
  }

  /** Puts the badges and markers of the current inputs on the drawn diagram. */
  private decorate(): void {
    const viewer = this.viewer;
    if (!viewer || !this.ready) return;
    const canvas = viewer.get<Canvas>('canvas');
    const overlays = viewer.get<Overlays>('overlays');
    const known = new Set(
      viewer
        .get<ElementRegistry>('elementRegistry')
        .getAll()
        .map((shape) => shape.id),
    );
    for (const [id, marker] of this.markers) canvas.removeMarker(id, marker);
    this.markers = [];
    const mark = (id: string, marker: string) => {
      if (!known.has(id)) return;
      canvas.addMarker(id, marker);
      this.markers.push([id, marker]);
    };

    overlays.remove({ type: BADGES });
    for (const count of this.shownCounts) {
      if (!known.has(count.activityId)) continue;
      if (count.waiting === 0 && count.incidents === 0) continue;
      mark(count.activityId, MARKERS.clickable);
      overlays.add(count.activityId, BADGES, {
        position: { bottom: 12, left: -8 },
        html: this.badges(count),
      });
    }

    const path = this.shownPath;
    if (path) {
      path.passed.forEach((id) => mark(id, MARKERS.passed));
      path.flows.forEach((id) => mark(id, MARKERS.flow));
      path.current.forEach((id) => mark(id, MARKERS.current));
      path.failed.forEach((id) => mark(id, MARKERS.failed));
    }
    if (this.shownSelected) mark(this.shownSelected, MARKERS.selected);
  }

  /** Cockpit's badges: instances waiting, and (red) incidents. Clicking them picks the activity. */
  private badges(count: ActivityCount): HTMLElement {
    const document = this.host().nativeElement.ownerDocument;
    const container = document.createElement('span');
    container.className = 'bpmn-diagram__badges';
    const badge = (value: number, title: string, modifier: string) => {
      const element = document.createElement('span');
      element.className = `bpmn-diagram__badge bpmn-diagram__badge--${modifier}`;
      element.textContent = String(value);
      element.title = title;
      container.append(element);
    };
    if (count.waiting > 0)
      badge(count.waiting, waitingLabel(count.waiting), 'waiting');
    if (count.incidents > 0)
      badge(count.incidents, incidentLabel(count.incidents), 'incidents');
    container.addEventListener('click', () =>
      this.activityClicked.emit(count.activityId),
    );
    return container;
  }
}
