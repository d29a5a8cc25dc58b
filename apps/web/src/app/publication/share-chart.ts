import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  Input,
  OnDestroy,
  viewChild,
} from '@angular/core';
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartData } from './chart-data';

// Only what a line chart needs, so the lazy chunk stays small.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Legend,
  Tooltip,
);

const PERCENT = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

/**
 * A line chart of shares (0–100 %) with chart.js. The canvas is an image with `summary` as its
 * name; the table next to it is the accessible alternative with every number. The data is a setter
 * input, not `effect` or `ngOnChanges`: those would pull more of Angular's core into the initial
 * bundle that every page loads (the portal's chunk is lazy, Angular's core is not).
 */
@Component({
  selector: 'app-share-chart',
  template: `
    <div class="share-chart">
      <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .share-chart {
      position: relative;
      block-size: 20rem;
      max-inline-size: 48rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShareChart implements AfterViewInit, OnDestroy {
  @Input({ required: true }) set data(data: ChartData) {
    this.shown = data;
    if (this.chart) this.draw();
  }
  readonly summary = input.required<string>();
  private readonly canvas =
    viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'line', (number | null)[], string> | null = null;
  private shown: ChartData = { labels: [], lines: [] };

  ngAfterViewInit(): void {
    this.draw();
  }

  ngOnDestroy(): void {
    this.chart?.destroy();
    this.chart = null;
  }

  private draw(): void {
    const { labels, lines } = this.shown;
    const datasets = lines.map((line) => ({
      label: line.label,
      data: [...line.data],
      borderColor: line.color,
      backgroundColor: line.color,
      borderDash: [...line.dash],
      borderWidth: 2,
      pointStyle: line.pointStyle,
      pointRadius: 5,
      pointHoverRadius: 7,
      spanGaps: false,
    }));
    if (this.chart) {
      this.chart.data = { labels: [...labels], datasets };
      this.chart.update();
      return;
    }
    this.chart = new Chart(this.canvas().nativeElement, {
      type: 'line',
      data: { labels: [...labels], datasets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        locale: 'nb-NO',
        scales: {
          y: {
            min: 0,
            max: 100,
            title: { display: true, text: 'Andel (%)' },
            ticks: {
              callback: (value) => `${PERCENT.format(Number(value))} %`,
            },
          },
        },
        plugins: {
          legend: {
            position: 'bottom',
            labels: { usePointStyle: true, color: '#1E2B3C' },
          },
          tooltip: {
            callbacks: {
              label: (item) =>
                item.parsed.y === null
                  ? `${item.dataset.label}: –`
                  : `${item.dataset.label}: ${PERCENT.format(item.parsed.y)} %`,
            },
          },
        },
      },
    });
  }
}
