/**
 * The renderer's Content-Security-Policy, in one place: the protocol sends it as a header with every
 * HTML response, and renderer/index.html carries the same string in its meta tag (a test keeps them equal).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
