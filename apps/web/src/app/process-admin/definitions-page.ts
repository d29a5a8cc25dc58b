import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { RouterLink } from '@angular/router';
import { of } from 'rxjs';
import { errorMessageOf } from '../core/http/error-messages';
import { latestAnswer } from '../tasks/latest-answer';
import {
  DEFINITIONS_URL,
  type DefinitionVersion,
  type ProcessDefinition,
  toDefinitions,
} from './process-api';
import { definitionTotals } from './process-diagram';
import {
  countText,
  deployerLabel,
  diagramLink,
  editLink,
  formatDateTime,
  processName,
} from './process-labels';

interface VersionRow {
  readonly version: DefinitionVersion;
  readonly path: string[];
  readonly deployed: string;
  readonly deployer: string;
  readonly running: string;
  readonly incidents: string;
  readonly hasIncidents: boolean;
}

interface ProcessRow {
  readonly definition: ProcessDefinition;
  readonly name: string;
  readonly latest: VersionRow | null;
  readonly versions: readonly VersionRow[];
  readonly running: string;
  readonly incidents: string;
  readonly hasIncidents: boolean;
  readonly editLink: string[];
}

function versionRow(key: string, version: DefinitionVersion): VersionRow {
  return {
    version,
    path: diagramLink(key, version.version),
    deployed: formatDateTime(version.deployedAt),
    deployer: deployerLabel(version),
    running: countText(version.runningInstances),
    incidents: countText(version.openIncidents),
    hasIncidents: (version.openIncidents ?? 0) > 0,
  };
}

function processRow(definition: ProcessDefinition): ProcessRow {
  const versions = definition.versions.map((version) =>
    versionRow(definition.key, version),
  );
  const totals = definitionTotals(definition.versions);
  return {
    definition,
    name: processName(definition),
    latest: versions[0] ?? null,
    versions,
    running: countText(totals.runningInstances),
    incidents: countText(totals.openIncidents),
    hasIncidents: (totals.openIncidents ?? 0) > 0,
    editLink: editLink(definition.key),
  };
}

/**
 * «Prosesser»: every deployed process with its latest version, then each process's versions with
 * their running instances and open incidents (Camunda Cockpit's process list).
 */
@Component({
  selector: 'app-definitions-page',
  imports: [RouterLink],
  templateUrl: './definitions-page.html',
  styleUrl: './process-admin.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DefinitionsPage {
  protected readonly definitions = latestAnswer(
    of({ url: DEFINITIONS_URL }),
    toDefinitions,
  );
  protected readonly rows = computed(() =>
    (this.definitions.value() ?? []).map(processRow),
  );
  protected readonly loading = this.definitions.loading;
  protected readonly error = computed(() => {
    const error = this.definitions.error();
    return error ? errorMessageOf(error) : null;
  });
  protected readonly status = computed(() => {
    if (this.loading()) return 'Henter prosesser …';
    if (this.error() || !this.definitions.value()) return '';
    const count = this.rows().length;
    if (count === 0) return 'Ingen prosesser er publisert ennå.';
    return count === 1 ? '1 prosess' : `${count} prosesser`;
  });
}
