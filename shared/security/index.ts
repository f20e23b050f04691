export { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, type CspDirective } from './csp';
export { contentTypeFor, FALLBACK_CONTENT_TYPE } from './content-types';
export { EXTERNAL_LINK_PROTOCOLS, isExternalLinkAllowed, toExternalLink } from './external-links';
export { SECURITY_HEADERS } from './headers';
export { parseAbsoluteUrl, type ParsedUrl } from './whatwg-url';
