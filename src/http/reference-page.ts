// A readable API reference at /docs, rendered on the server from the OpenAPI document: no script,
// no CDN, works offline.
type Json = Record<string, unknown>;

export function referencePage(doc: Json): string {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  const rows = Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const roles = Array.isArray(op['x-roles'])
        ? (op['x-roles'] as string[]).join(', ')
        : String(op['x-roles']);
      const params = ((op.parameters ?? []) as Json[])
        .map((p) => `${String(p.name)} (${String(p.in)})`)
        .join(', ');
      const codes = Object.keys((op.responses ?? {}) as Json).join(', ');
      return `<tr><td><code>${escape(method.toUpperCase())}</code></td><td><code>${escape(path)}</code></td><td>${escape(String(op.summary ?? ''))}</td><td>${escape(roles)}</td><td>${escape(params)}${op.requestBody ? ' · JSON body' : ''}</td><td>${escape(codes)}</td></tr>`;
    }),
  );
  const info = (doc.info ?? {}) as Json;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(String(info.title ?? 'API'))} API reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#111}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#eee}code{font-size:14px}</style></head>
<body><h1>${escape(String(info.title ?? 'API'))} ${escape(String(info.version ?? ''))}</h1>
<p>Every operation with its roles. Send <code>Authorization: Bearer &lt;token&gt;</code>. The machine-readable document is at <a href="/openapi.json">/openapi.json</a>.</p>
<table><thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">What</th><th scope="col">Roles</th><th scope="col">Input</th><th scope="col">Responses</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></body></html>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
