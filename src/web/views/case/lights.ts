// A traffic light that does not rely on colour: a shape per light (circle with a tick, triangle with
// an exclamation mark, octagon with a cross) next to its word. The icon is decorative (aria-hidden);
// the word carries the meaning for screen readers and for anyone who cannot tell the colours apart.
import { h } from '../../dom.ts';
import type { Light } from './model.ts';
import { LIGHT_COLOURS } from './styles.ts';

const SVG = 'http://www.w3.org/2000/svg';

const SHAPES: Record<Light, { outline: string; mark: string }> = {
  green: { outline: 'M10 1a9 9 0 1 0 0.01 0Z', mark: 'M5.5 10.5l3 3 6-6.5' },
  amber: { outline: 'M10 1.5L19 18H1Z', mark: 'M10 7v5M10 14.5v1' },
  red: { outline: 'M6.3 1h7.4L19 6.3v7.4L13.7 19H6.3L1 13.7V6.3Z', mark: 'M6.5 6.5l7 7M13.5 6.5l-7 7' },
};

function svg(tag: string, attrs: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

export function lightIcon(light: Light, size = 20): SVGElement {
  const icon = svg('svg', {
    viewBox: '0 0 20 20',
    width: String(size),
    height: String(size),
    'aria-hidden': 'true',
    focusable: 'false',
    class: 'light-icon',
  });
  const shape = SHAPES[light];
  icon.append(
    svg('path', { d: shape.outline, fill: LIGHT_COLOURS[light] }),
    svg('path', {
      d: shape.mark,
      stroke: '#fff',
      'stroke-width': '2.2',
      fill: 'none',
      'stroke-linecap': 'round',
    }),
  );
  return icon;
}

/** The icon and the light's word, e.g. "⯃ red: blocked". */
export function lightBadge(light: Light, word: string): HTMLElement {
  return h(
    'span',
    { class: 'mini-lights' },
    lightIcon(light),
    h('span', { class: `light-word ${light}` }, word),
  );
}
