/**
 * Characters that change how text *looks* rather than what it says, removed from everything
 * the action writes for people (log, job summary, pull-request comment): C0 controls but tab,
 * line feed and carriage return (an ANSI escape can recolour or rewrite a log line), DEL and
 * C1 controls, and the bidirectional overrides and isolates (U+202A..U+202E, U+2066..U+2069),
 * with which a value can display reversed ("Trojan Source"). Text from a bundle, AWS or an
 * input reaches these through here.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** `text` without controls and bidi overrides. */
export function stripControls(text: string): string {
  return text.replace(INVISIBLE, '')
}
