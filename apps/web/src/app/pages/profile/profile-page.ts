import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { ContactDetailsForm } from '../../contact-details/contact-details-form';
import { initialContactDetails } from '../../contact-details/initial-contact-details';
import { ScopeNames } from '../../core/reference-data/scope-names';
import {
  fallbackScopeName,
  ROLE_LABELS,
  scopeKey,
} from '../../core/session/grant-labels';
import { SessionStore } from '../../core/session/session-store';

interface RoleRow {
  readonly id: string;
  readonly role: string;
  readonly scope: string;
}

/** "Brukerprofil": the person's roles with their unit, office or fylke, and the contact details form. */
@Component({
  selector: 'app-profile-page',
  imports: [ContactDetailsForm],
  templateUrl: './profile-page.html',
  styleUrl: './profile-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {
  private readonly session = inject(SessionStore);
  private readonly scopeNames = inject(ScopeNames);

  protected readonly name = this.session.displayName;
  protected readonly initial = computed(() =>
    initialContactDetails(this.session.user()),
  );
  protected readonly roles = computed<RoleRow[]>(() => {
    const names = this.scopeNames.names();
    return this.session.grants().map(({ id, role, scope }) => ({
      id,
      role: ROLE_LABELS[role],
      scope: names.get(scopeKey(scope)) ?? fallbackScopeName(scope),
    }));
  });
  /** Shown in a polite live region (role="status"), which is always in the page. */
  protected readonly status = signal('');
}
