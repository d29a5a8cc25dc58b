import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { initialContactDetails } from '../../contact-details/initial-contact-details';
import { ContactDetailsForm } from '../../contact-details/contact-details-form';
import { registrationReturnTo } from '../../core/session/session-guards';
import { SessionStore } from '../../core/session/session-store';

/**
 * "Start registrering" at first login: work e-mail and phone, so that the person can be notified
 * when a form is submitted. Afterwards, on to where the person was going (`returnTo`).
 */
@Component({
  selector: 'app-registration-page',
  imports: [ContactDetailsForm],
  template: `
    <h1 class="ds-heading" data-size="lg">Registrering</h1>
    <p class="ds-paragraph app-page-lead" data-size="lg">
      Ved første gangs innlogging trenger systemet din brukerinformasjon på
      arbeidsstedet; e-post og telefon. Dette for å kunne sende deg varsel når
      et skjema er sendt inn.
    </p>
    @if (started()) {
      <app-contact-details-form
        heading="Brukerinformasjon på arbeidsstedet"
        [initial]="initial()"
        (saved)="continue()"
      />
    } @else {
      <button
        type="button"
        class="ds-button"
        data-variant="primary"
        (click)="start()"
      >
        Start registrering
      </button>
    }
  `,
  // A block host: an inline one wrapping block content confuses hit-testing (elementsFromPoint).
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegistrationPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly session = inject(SessionStore);
  private readonly form = viewChild(ContactDetailsForm);

  protected readonly started = signal(false);
  protected readonly initial = computed(() =>
    initialContactDetails(this.session.user()),
  );

  /** The button disappears as the form appears: focus moves to the first field, not to the page. */
  protected start(): void {
    this.started.set(true);
    afterNextRender(
      { write: () => this.form()?.focusFirstField() },
      { injector: this.injector },
    );
  }

  protected continue(): void {
    const returnTo = registrationReturnTo(
      this.route.snapshot.queryParamMap.get('returnTo'),
    );
    void this.router.navigateByUrl(returnTo);
  }
}
