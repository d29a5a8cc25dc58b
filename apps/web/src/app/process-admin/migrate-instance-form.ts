import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { errorMessageOf } from '../core/http/error-messages';
import {
  activityOptionLabel,
  changedMapping,
  defaultMapping,
  mappingProblem,
  type TargetActivity,
  waitStatesOf,
} from './migration-plan';
import {
  type CurrentActivity,
  definitionXmlUrl,
  migrateInstanceUrl,
} from './process-api';

/**
 * «Flytt til en annen versjon» (Cockpit's migration): pick the version, then for each activity
 * the instance waits at, the activity of that version that takes over (the same id by default).
 * The workflow service checks again and refuses, with the reason, what it cannot take over.
 */
@Component({
  selector: 'app-migrate-instance-form',
  template: `
    <form
      class="process-admin__migrate"
      (submit)="$event.preventDefault(); migrate()"
      novalidate
    >
      <div class="ds-field">
        <label class="ds-label" for="migrate-version">Til versjon</label>
        <select
          class="ds-input"
          id="migrate-version"
          (change)="chooseVersion($event)"
        >
          @for (version of versions(); track version) {
            <option [value]="version" [selected]="version === target()">
              Versjon {{ version }}
            </option>
          }
        </select>
      </div>
      @for (activity of current(); track activity.id) {
        <div class="ds-field">
          <label class="ds-label" [for]="'migrate-' + activity.id">
            «{{ activity.name ?? activity.id }}» blir i versjon {{ target() }}
          </label>
          <select
            class="ds-input"
            [id]="'migrate-' + activity.id"
            (change)="chooseActivity(activity.id, $event)"
          >
            <option value="" [selected]="!mapping()[activity.id]">
              Velg aktivitet
            </option>
            @for (option of targetActivities(); track option.id) {
              <option
                [value]="option.id"
                [selected]="option.id === mapping()[activity.id]"
              >
                {{ label(option) }}
              </option>
            }
          </select>
        </div>
      }
      @if (problem(); as message) {
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{{ message }}</p>
        </div>
      }
      <button
        type="submit"
        class="ds-button"
        data-variant="secondary"
        [attr.aria-busy]="busy() || null"
      >
        Flytt instansen
      </button>
    </form>
  `,
  styleUrl: './process-admin.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MigrateInstanceForm {
  private readonly http = inject(HttpClient);

  readonly instanceId = input.required<string>();
  readonly definitionKey = input.required<string>();
  /** The versions the instance may move to (not its own), newest first. */
  readonly versions = input.required<readonly number[]>();
  readonly current = input.required<readonly CurrentActivity[]>();
  /** The instance now runs this version. */
  readonly migrated = output<number>();

  protected readonly chosen = signal<number | null>(null);
  protected readonly target = computed(
    () => this.chosen() ?? this.versions()[0] ?? 0,
  );
  protected readonly targetActivities = signal<readonly TargetActivity[]>([]);
  protected readonly mapping = signal<Record<string, string>>({});
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly label = activityOptionLabel;

  constructor() {
    // The target version's activities, and the default mapping, whenever the target changes.
    effect(() => void this.loadTarget(this.definitionKey(), this.target()));
  }

  protected chooseVersion(event: Event): void {
    this.chosen.set(Number((event.target as HTMLSelectElement).value));
  }

  protected chooseActivity(from: string, event: Event): void {
    const to = (event.target as HTMLSelectElement).value;
    this.mapping.update((mapping) => ({ ...mapping, [from]: to }));
  }

  protected async migrate(): Promise<void> {
    if (this.busy()) return;
    const targetVersion = this.target();
    const problem = mappingProblem(
      this.current(),
      this.mapping(),
      targetVersion,
    );
    this.problem.set(problem);
    if (problem) return;
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.http.post(migrateInstanceUrl(this.instanceId()), {
          targetVersion,
          mapping: changedMapping(this.mapping()),
        }),
      );
      this.migrated.emit(targetVersion);
    } catch (error) {
      this.problem.set(errorMessageOf(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async loadTarget(key: string, version: number): Promise<void> {
    if (!version) return;
    this.problem.set(null);
    try {
      const xml = await firstValueFrom(
        this.http.get(definitionXmlUrl(key, version), { responseType: 'text' }),
      );
      if (version !== this.target()) return;
      const activities = waitStatesOf(xml);
      this.targetActivities.set(activities);
      this.mapping.set(defaultMapping(this.current(), activities));
    } catch (error) {
      this.problem.set(errorMessageOf(error));
    }
  }
}
