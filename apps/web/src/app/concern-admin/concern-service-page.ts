import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type {
  ConcernServiceView,
  SvarInnIntegrationDetails,
} from '@bvr/contracts';
import { map } from 'rxjs';
import { errorMessageOf } from '../core/http/error-messages';
import { pageTitle } from '../core/navigation/page-title';
import { SessionStore } from '../core/session/session-store';
import { ConcernAdminApi, type SetupResult } from './concern-admin-api';
import {
  adminKommuner,
  KOMMUNENUMMER,
  type KommuneReference,
} from './concern-admin-rules';
import { IntegrationDetails } from './integration-details';
import { ServiceOverview } from './service-overview';
import { SetupWizard } from './setup-wizard';
import { EMPTY_WIZARD, type WizardDraft } from './setup-wizard-rules';

type PageState =
  | { readonly status: 'loading' }
  | { readonly status: 'forbidden' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'intro' }
  | { readonly status: 'wizard' }
  | {
      readonly status: 'integration';
      readonly details: SvarInnIntegrationDetails;
      readonly view: ConcernServiceView;
    }
  | { readonly status: 'ready'; readonly view: ConcernServiceView };

/**
 * «Nasjonal portal for bekymringsmelding» for one kommune: the wizard until it is set up, then the
 * service with its bydeler and «Tilganger».
 */
@Component({
  selector: 'app-concern-service-page',
  imports: [RouterLink, SetupWizard, IntegrationDetails, ServiceOverview],
  templateUrl: './concern-service-page.html',
  styleUrl: './concern-service-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernServicePage {
  private readonly api = inject(ConcernAdminApi);
  private readonly session = inject(SessionStore);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  private readonly pageHeading =
    viewChild<ElementRef<HTMLElement>>('pageHeading');
  private readonly startButton =
    viewChild<ElementRef<HTMLElement>>('startButton');

  protected readonly kommunenummer = toSignal(
    inject(ActivatedRoute).paramMap.pipe(
      map((params) => params.get('kommunenummer') ?? ''),
    ),
    { requireSync: true },
  );
  protected readonly state = signal<PageState>({ status: 'loading' });
  protected readonly kommune = signal<KommuneReference | null>(null);
  /** Kept when going back from the wizard to the introduction. */
  protected readonly wizardDraft = signal<WizardDraft>(EMPTY_WIZARD);
  protected readonly kommunenavn = computed(
    () => this.kommune()?.name ?? `Kommune ${this.kommunenummer()}`,
  );

  constructor() {
    void this.load();
  }

  protected start(): void {
    this.state.set({ status: 'wizard' });
  }

  protected cancelWizard(draft: WizardDraft): void {
    this.wizardDraft.set(draft);
    this.state.set({ status: 'intro' });
    this.after(() => this.startButton()?.nativeElement.focus());
  }

  protected completed(result: SetupResult): void {
    this.state.set(
      result.integrasjon
        ? {
            status: 'integration',
            details: result.integrasjon,
            view: result.service,
          }
        : { status: 'ready', view: result.service },
    );
    if (!result.integrasjon) this.focusHeading();
  }

  protected goToService(view: ConcernServiceView): void {
    this.state.set({ status: 'ready', view });
    this.focusHeading();
  }

  protected changed(view: ConcernServiceView): void {
    this.state.set({ status: 'ready', view });
  }

  private async load(): Promise<void> {
    const nr = this.kommunenummer();
    const mine = adminKommuner(this.session.grants());
    if (!KOMMUNENUMMER.test(nr) || !mine.includes(nr)) {
      this.state.set({ status: 'forbidden' });
      return;
    }
    const kommune = this.api.kommune(nr).catch(() => null);
    try {
      const service = await this.api.service(nr);
      this.kommune.set(await kommune);
      this.title.setTitle(
        pageTitle(`Bekymringsmelding for ${this.kommunenavn()}`),
      );
      this.state.set(
        service.setUp
          ? { status: 'ready', view: service.view }
          : { status: 'intro' },
      );
    } catch (error) {
      this.state.set({ status: 'failed', message: errorMessageOf(error) });
    }
  }

  private focusHeading(): void {
    this.after(() => this.pageHeading()?.nativeElement.focus());
  }

  private after(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
