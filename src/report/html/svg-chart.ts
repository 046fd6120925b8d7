import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Charts are Vega-Lite specs rendered to SVG strings in Node (Vega's headless `renderer: 'none'`
 * view and `toSVG()`): no DOM, no canvas, no script in the page. The theme is greyscale with
 * direct labels, so a chart reads the same printed in black and white.
 */
const GREYS = ['#222222', '#8a8a8a', '#c8c8c8', '#555555', '#b0b0b0', '#e0e0e0'];
const CONFIG = {
  background: 'white',
  font: 'DejaVu Sans, Helvetica, Arial, sans-serif',
  view: { stroke: null },
  mark: { color: '#333333' },
  range: { category: GREYS, ordinal: GREYS },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 260, gridColor: '#e6e6e6' },
  legend: { labelFontSize: 11, titleFontSize: 11 },
};

let counter = 0;

/** Gives the SVG's own ids (clip paths, gradients) a per-chart prefix, so charts can share a page. */
function scopeIds(svg: string, prefix: string): string {
  return svg.replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
}

/** Renders a Vega-Lite spec to an SVG string, with the project's print-safe theme. */
export async function renderChartSvg(spec: TopLevelSpec): Promise<string> {
  const themed = { ...spec, config: { ...CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec;
  const view = new vega.View(vega.parse(compile(themed).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    counter += 1;
    return scopeIds(svg, `chart${counter}`).replace('<svg ', `<svg role="img" aria-label="${escapeAttr(spec.description ?? 'chart')}" `);
  } finally {
    view.finalize();
  }
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A horizontal bar chart of labelled counts, each bar labelled with its value. */
export function barSpec(rows: { label: string; value: number }[], options: { title: string; xTitle: string; description: string; format?: string }): TopLevelSpec {
  const fmt = options.format ?? 'd';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: options.description,
    title: { text: options.title, anchor: 'start', fontSize: 13 },
    width: 420,
    height: { step: 18 },
    data: { values: rows },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 400 } },
      x: { field: 'value', type: 'quantitative', title: options.xTitle, axis: { format: fmt } },
    },
    layer: [
      { mark: { type: 'bar', color: '#555555' } },
      { mark: { type: 'text', align: 'left', dx: 3, fontSize: 11 }, encoding: { text: { field: 'value', type: 'quantitative', format: fmt } } },
    ],
  } as TopLevelSpec;
}
