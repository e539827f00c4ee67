/**
 * Excel on the web's cap on one request and on one response (RichApi payload), in bytes. A write
 * above it is rejected with RequestPayloadSizeLimitExceeded, a read whose answer is above it with
 * ResponsePayloadSizeLimitExceeded; desktop Excel has no such cap, so the add-in keeps under it
 * everywhere.
 */
export const EXCEL_WEB_PAYLOAD_CAP = 5 * 1024 * 1024;

/**
 * What we allow ourselves per request and per response: the cap minus room for the envelope and
 * object paths, and for reads a margin for rows longer than the ones a band was sized from.
 */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
