import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { errorMessageOf } from '../core/http/error-messages';
import { formatOsloDateTime } from '../concern-inbox/concern-inbox-rules';
import { ConcernAdminApi } from './concern-admin-api';
import {
  type CaseworkerGrant,
  pidErrors,
  type ServiceUnit,
} from './concern-admin-rules';

/**
 * «Tilganger for <kommune/bydel>»: who may download the unit's messages in «Motta
 * bekymringsmeldinger». Add a person by fødselsnummer; remove a grant.
 */
@Component({
  selector: 'app-unit-grants',
  templateUrl: './unit-grants.html',
  styleUrl: './unit-grants.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitGrants {
  private readonly api = inject(ConcernAdminApi);
  private readonly injector = inject(Injector);
  private readonly pidInput =
    viewChild<ElementRef<HTMLInputElement>>('pidInput');
  private readonly statusMessage =
    viewChild<ElementRef<HTMLElement>>('statusMessage');

  readonly unit = input.required<ServiceUnit>();

  protected readonly grants = signal<readonly CaseworkerGrant[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly pid = signal('');
  protected readonly name = signal('');
  protected readonly pidError = signal<string | null>(null);
  protected readonly status = signal<{
    text: string;
    color: 'success' | 'danger';
  } | null>(null);
  protected readonly busy = signal(false);
  protected readonly formatDateTime = formatOsloDateTime;
  protected readonly prefix = computed(() => `grants-${this.unit().unitId}`);

  constructor() {
    effect(() => {
      const unitId = this.unit().unitId;
      untracked(() => {
        // Another unit's tab: start afresh.
        this.grants.set(null);
        this.status.set(null);
        this.pid.set('');
        this.name.set('');
        this.pidError.set(null);
        void this.load(unitId);
      });
    });
  }

  protected setPid(event: Event): void {
    this.pid.set((event.target as HTMLInputElement).value);
    if (this.pidError()) this.pidError.set(null);
  }

  protected setName(event: Event): void {
    this.name.set((event.target as HTMLInputElement).value);
  }

  protected async add(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.status.set(null);
    const [error] = pidErrors(this.pid(), `${this.prefix()}-pid`);
    if (error) {
      this.pidError.set(error.message);
      this.pidInput()?.nativeElement.focus();
      return;
    }
    this.busy.set(true);
    try {
      await this.api.addCaseworker(this.pid(), this.name(), this.unit().unitId);
      this.pid.set('');
      this.name.set('');
      await this.load(this.unit().unitId);
      this.announce(
        `Tilgangen er lagt til for ${this.unit().name}.`,
        'success',
      );
    } catch (failure) {
      this.announce(errorMessageOf(failure), 'danger');
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(grant: CaseworkerGrant): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.status.set(null);
    try {
      await this.api.removeGrant(grant.id);
      await this.load(this.unit().unitId);
      this.announce(`Tilgangen til ${grant.name} er fjernet.`, 'success');
    } catch (failure) {
      this.announce(errorMessageOf(failure), 'danger');
    } finally {
      this.busy.set(false);
    }
  }

  private async load(unitId: string): Promise<void> {
    this.loadError.set(null);
    try {
      const grants = await this.api.caseworkers(unitId);
      if (this.unit().unitId === unitId) this.grants.set(grants);
    } catch (error) {
      if (this.unit().unitId === unitId)
        this.loadError.set(errorMessageOf(error));
    }
  }

  private announce(text: string, color: 'success' | 'danger'): void {
    this.status.set({ text, color });
    afterNextRender(
      { write: () => this.statusMessage()?.nativeElement.focus() },
      { injector: this.injector },
    );
  }
}
