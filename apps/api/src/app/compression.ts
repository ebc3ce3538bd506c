import { constants } from 'node:zlib';
import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/** Bodies smaller than this go out as they are: compressing them saves less than the header costs. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Brotli or gzip, whichever the client prefers (`Accept-Encoding`), for every compressible response: the web
 * app's files, its index.html, /graphql and /health. `Vary: Accept-Encoding` goes on each. Left alone: WebSocket
 * upgrades (the graphql-ws subscriptions never pass through Express, and a request asking for an upgrade is
 * skipped here too) and `text/event-stream`, whose events must reach the client as they are written.
 * Brotli quality 5 on the fly: close to the best ratio on JS/CSS/JSON at a small CPU cost per response.
 */
export function compressionMiddleware(): RequestHandler {
  return compression({
    threshold: COMPRESSION_THRESHOLD,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
    filter: (req: Request, res: Response) => {
      if (req.headers.upgrade) return false;
      const type = String(res.getHeader('Content-Type') ?? '');
      if (/^text\/event-stream\b/i.test(type)) return false;
      return compression.filter(req, res);
    },
  });
}
