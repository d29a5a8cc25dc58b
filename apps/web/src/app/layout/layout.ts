import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

const pathOf = (url: string): string => url.split(/[?#]/)[0];

@Component({
  selector: 'app-layout',
  imports: [RouterOutlet, SiteHeader, SiteFooter],
  templateUrl: './layout.html',
  styleUrl: './layout.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Layout {
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    // After in-app navigation to another page, move focus to <main> so screen readers start at
    // the new content. A new query on the same page (the inbox's sort, filters, tabs) leaves focus
    // where the person is: the page itself says what changed.
    let path = pathOf(this.router.url);
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        filter((event) => {
          const previous = path;
          path = pathOf(event.urlAfterRedirects);
          return previous !== path;
        }),
        filter(
          () => !!this.router.lastSuccessfulNavigation()?.previousNavigation,
        ),
        takeUntilDestroyed(),
      )
      .subscribe(() =>
        this.main().nativeElement.focus({ preventScroll: true }),
      );
  }

  /** Plain "#main" would resolve against <base href="/"> and leave the page, so handle it here. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    const main = this.main().nativeElement;
    main.focus();
    main.scrollIntoView();
  }
}
