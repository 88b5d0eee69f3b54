// Security settings set by hand (a handful, so no dependency): response headers for a JSON API that
// serves internal data, no framework fingerprint, and a small cap on request bodies.
import express from 'express';
import type { Express, RequestHandler } from 'express';

/** Request bodies (the later POSTs) larger than this are refused with 413 before they are parsed. */
export const JSON_BODY_LIMIT = '100kb';

export const securityHeaders: RequestHandler = (_req, res, next) => {
  // Browsers must not guess a content type other than the declared one (MIME sniffing).
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // No page of the service may be framed by another site (clickjacking).
  res.setHeader('X-Frame-Options', 'DENY');
  // Links out of the service carry no URL, which may name a scenario or case (RFC 9110 §10.1.3).
  res.setHeader('Referrer-Policy', 'no-referrer');
  // Operational data is not kept by browsers or shared caches (RFC 9111 §5.2.2.5).
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/** Applies the settings above to `app`; call before any route. */
export function secure(app: Express): void {
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
}
