import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { ConcernServiceView } from '@bvr/contracts';
import { errorMessageOf } from '../core/http/error-messages';
import { formatOsloDateTime } from '../concern-inbox/concern-inbox-rules';
import { BydelForm } from './bydel-form';
import { ConcernAdminApi } from './concern-admin-api';
import { bodyMessage, serviceUnits } from './concern-admin-rules';
import { MOTTAK_LABELS } from './setup-wizard-rules';
import { UnitGrants } from './unit-grants';
import { HttpErrorResponse } from '@angular/common/http';

type Panel = 'oppsett' | 'bydel' | 'standard';

/**
 * A set-up service: what was set up, the bydeler («Opprett bydel», «Endre standard mottaker»),
 * and a tab «Tilganger for …» per kommune or bydel.
 */
@Component({
  selector: 'app-service-overview',
  imports: [BydelForm, UnitGrants],
  templateUrl: './service-overview.html',
  styleUrl: './service-overview.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceOverview {
  private readonly api = inject(ConcernAdminApi);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly notice = viewChild<ElementRef<HTMLElement>>('noticeMessage');
  private readonly standardLegend =
    viewChild<ElementRef<HTMLElement>>('standardHeading');

  readonly view = input.required<ConcernServiceView>();
  readonly changed = output<ConcernServiceView>();

  protected readonly units = computed(() => serviceUnits(this.view()));
  protected readonly tabs = computed(() => [
    { id: 'oppsett', label: 'Oppsett' },
    ...this.units().map((u) => ({
      id: u.unitId,
      label: `Tilganger for ${u.name}`,
    })),
  ]);
  protected readonly tab = signal('oppsett');
  protected readonly selectedUnit = computed(
    () => this.units().find((u) => u.unitId === this.tab()) ?? null,
  );
  protected readonly panel = signal<Panel>('oppsett');
  protected readonly flash = signal<{
    text: string;
    color: 'success' | 'danger';
  } | null>(null);
  protected readonly standard = linkedSignal(
    () =>
      this.view().bydeler.find((b) => b.standardMottaker)?.bydelsnummer ?? '',
  );
  protected readonly busy = signal(false);
  protected readonly existingNumbers = computed(() =>
    this.view().bydeler.map((b) => b.bydelsnummer),
  );
  protected readonly mottakLabels = MOTTAK_LABELS;
  protected readonly formatDateTime = formatOsloDateTime;

  protected selectTab(id: string): void {
    this.tab.set(id);
  }

  protected moveFocus(event: KeyboardEvent, index: number): void {
    const last = this.tabs().length - 1;
    const next =
      { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[
        event.key
      ] ?? null;
    if (next === null) return;
    event.preventDefault();
    const target = this.tabs()[next < 0 ? last : next > last ? 0 : next];
    this.tab.set(target.id);
    this.document.getElementById(`service-tab-${target.id}`)?.focus();
  }

  protected open(panel: Panel): void {
    this.flash.set(null);
    this.panel.set(panel);
    if (panel === 'standard')
      this.after(() => this.standardLegend()?.nativeElement.focus());
  }

  protected closePanel(returnTo: string): void {
    this.panel.set('oppsett');
    this.after(() => this.document.getElementById(returnTo)?.focus());
  }

  protected bydelCreated(view: ConcernServiceView): void {
    this.changed.emit(view);
    this.panel.set('oppsett');
    this.announce(
      'Bydelen er opprettet. Gi tilganger under fanen for bydelen.',
      'success',
    );
  }

  protected async saveStandard(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.busy.set(true);
    try {
      const view = await this.api.setDefaultBydel(
        this.view().kommunenummer,
        this.standard(),
      );
      this.changed.emit(view);
      this.panel.set('oppsett');
      const name =
        view.bydeler.find((b) => b.standardMottaker)?.bydelsnavn ?? '';
      this.announce(`${name} er nå standard mottaker.`, 'success');
    } catch (error) {
      const message =
        error instanceof HttpErrorResponse ? bodyMessage(error.error) : null;
      this.announce(message ?? errorMessageOf(error), 'danger');
    } finally {
      this.busy.set(false);
    }
  }

  private announce(text: string, color: 'success' | 'danger'): void {
    this.flash.set({ text, color });
    this.after(() => this.notice()?.nativeElement.focus());
  }

  private after(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
