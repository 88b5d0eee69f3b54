// Shared parts of the SVG charts: palette, escaping, ticks, scales and the accessible frame. Pure.

/** Line colours with a contrast ratio of at least 4.5:1 on white (WCAG 1.4.11 asks 3:1). */
export const PALETTE = ['#1f4e9c', '#a4400c', '#2e6b30', '#6b2d8c', '#8a6d00', '#005f73'] as const;
export const AXIS = '#333333';
export const GRID = '#d9d9d9';
export const FONT = 'font-family="system-ui, sans-serif" font-size="12"';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** About `count` round tick values covering [min, max] (steps of 1, 2 or 5 × 10^k). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) return min === 0 ? [0, 1] : niceTicks(Math.min(0, min), Math.max(0, max), count);
  const raw = (max - min) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(round(v, step));
  if ((ticks.at(-1) ?? max) < max) ticks.push(round((ticks.at(-1) ?? 0) + step, step));
  return ticks;
}

const round = (v: number, step: number) => Number(v.toFixed(Math.max(0, -Math.floor(Math.log10(step)) + 1)));

/** A tick label: thousands grouped, `decimals` decimals (zero shown as 0). */
export function formatTick(v: number, decimals = 0): string {
  if (v === 0) return '0';
  const [whole = '', fraction] = v.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Labels for evenly spaced ticks, all with the decimals their step needs (0.5 → one). */
export function tickLabels(ticks: readonly number[]): string[] {
  const step = Math.abs((ticks[1] ?? 1) - (ticks[0] ?? 0)) || 1;
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return ticks.map((t) => formatTick(t, decimals));
}

export function frame(
  id: string,
  title: string,
  desc: string,
  width: number,
  height: number,
  body: string,
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="img" aria-labelledby="${escapeXml(id)}-title ${escapeXml(id)}-desc" ${FONT}>` +
    `<title id="${escapeXml(id)}-title">${escapeXml(title)}</title>` +
    `<desc id="${escapeXml(id)}-desc">${escapeXml(desc)}</desc>${body}</svg>`
  );
}

export type Scale = (v: number) => number;
export const linear =
  (d0: number, d1: number, r0: number, r1: number): Scale =>
  (v) =>
    d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
export const f = (n: number) => n.toFixed(1);
