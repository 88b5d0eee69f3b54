// Structured request logs (pino). A log line names the route pattern (`/cases/:id`), never the
// concrete path, query or body, and the authorisation header is redacted: logs carry no personal
// data and no credentials.
import pino from 'pino';
import type { Logger } from 'pino';
import type { RequestHandler } from 'express';

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'rotonde' },
      redact: {
        paths: ['req.headers.authorization', 'headers.authorization', 'body', 'query'],
        censor: '[redacted]',
      },
    },
    options.destination,
  );
}

export function requestLog(logger: Logger, now: () => number): RequestHandler {
  return (req, res, next) => {
    const started = now();
    res.on('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      logger.info(
        { method: req.method, route, status: res.statusCode, ms: Math.round(now() - started) },
        'request',
      );
    });
    next();
  };
}
