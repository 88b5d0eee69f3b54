// The simulation view's styles (adopted as a constructed sheet, see ../case/styles.ts).
export const SIM_CSS = `
.sim-form { display: grid; gap: 0.75rem; max-width: 60rem; }
.sim-fields, .factor-grid { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); }
.sim-form .field { display: flex; flex-direction: column; gap: 0.25rem; }
.sim-form .field.checkbox { flex-direction: row; align-items: center; gap: 0.5rem; }
.sim-form input, .sim-form select { font: inherit; padding: 0.3rem; border: 1px solid #4b5563; border-radius: 4px; }
.sim-form input[aria-invalid="true"] { border: 2px solid #b42318; }
.sim-form fieldset { border: 1px solid #9ca3af; border-radius: 6px; padding: 0.75rem; }
.field-error { color: #b42318; font-size: 0.9rem; min-height: 1em; }
.hint { color: #374151; font-size: 0.9rem; margin: 0; }
.sim-progress { margin: 1rem 0; display: grid; gap: 0.4rem; max-width: 40rem; }
.sim-progress[hidden] { display: none; }
.sim-form button[type="submit"] { justify-self: start; }
.table-wide { overflow-x: auto; margin-bottom: 1rem; }
.table-wide:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.sim-figure figcaption { flex-basis: 100%; font-weight: 600; }
.sim-progress progress { width: 100%; height: 1.25rem; accent-color: #1f4e9c; }
.sim-figure { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; margin: 0 0 1.5rem; }
.sim-figure .chart svg { max-width: 100%; height: auto; }
.table-scroll { max-height: 22rem; overflow: auto; border: 1px solid #e5e7eb; }
.table-scroll:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.sim-results table { border-collapse: collapse; font-size: 0.9rem; }
.sim-results th, .sim-results td { border: 1px solid #d1d5db; padding: 0.25rem 0.5rem; text-align: left; }
.sim-results caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
`;
