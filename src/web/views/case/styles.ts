// View styles as constructed style sheets (CSSOM). The UI's Content Security Policy allows style
// sheets from this origin only and no inline <style> or style attributes; a sheet built by the
// bundled script through the CSSOM is not inline markup, so each view can keep its styles with its
// code. Adopted once per id.

const adopted = new Set<string>();

export function adoptStyles(id: string, css: string): void {
  if (adopted.has(id) || typeof CSSStyleSheet === 'undefined') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adopted.add(id);
}

/** The light colours: each at least 4.5:1 against white (WCAG 2.2 1.4.3), and never alone. */
export const LIGHT_COLOURS = { green: '#1a7f37', amber: '#8a5a00', red: '#b42318' } as const;

export const CASE_CSS = `
.lights { list-style: none; padding: 0; display: grid; gap: 0.75rem;
  grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
.light-card { border: 2px solid #6b7280; border-radius: 6px; padding: 0.75rem; background: #fff; }
.light-card.green { border-color: ${LIGHT_COLOURS.green}; }
.light-card.amber { border-color: ${LIGHT_COLOURS.amber}; }
.light-card.red { border-color: ${LIGHT_COLOURS.red}; border-width: 3px; }
.light-card h3 { display: flex; align-items: center; gap: 0.5rem; margin: 0 0 0.5rem; font-size: 1.05rem; }
.light-word { font-weight: 700; }
.light-word.green { color: ${LIGHT_COLOURS.green}; }
.light-word.amber { color: ${LIGHT_COLOURS.amber}; }
.light-word.red { color: ${LIGHT_COLOURS.red}; }
.light-icon { flex: none; }
.evidence { font-size: 0.9rem; margin: 0.5rem 0; }
.evidence dt { font-family: ui-monospace, monospace; color: #374151; overflow-wrap: anywhere; }
.evidence dd { margin: 0 0 0.35rem 1rem; overflow-wrap: anywhere; }
.rules code, .rule-list code { background: #f3f4f6; padding: 0 0.25rem; border-radius: 3px; }
.blocked { border-left: 4px solid ${LIGHT_COLOURS.red}; padding: 0.5rem 0.75rem; background: #fef3f2; }
.unblock { border-left: 4px solid #1d4ed8; padding: 0.5rem 0.75rem; background: #eff6ff; }
.earliest { border-left: 4px solid ${LIGHT_COLOURS.green}; padding: 0.5rem 0.75rem; background: #f0fdf4; }
.days-left.passed { color: ${LIGHT_COLOURS.red}; font-weight: 700; }
.days-left.soon { color: ${LIGHT_COLOURS.amber}; font-weight: 700; }
.mini-lights { display: inline-flex; gap: 0.25rem; align-items: center; }
.case-filter { display: flex; gap: 1rem; flex-wrap: wrap; align-items: end; margin-bottom: 1rem; }
.case-filter label { display: flex; flex-direction: column; gap: 0.25rem; }
.case-page table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
.case-page th, .case-page td { border: 1px solid #d1d5db; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.case-page caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
.lights-inline { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.15rem; font-size: 0.9rem; }
.case-filter label.inline { flex-direction: row; align-items: center; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
