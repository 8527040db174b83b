/**
 * A problem with the input that a person can fix: it names the file (and line, when there is one),
 * so the CLI can print it as `file:line: message` and exit non-zero.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'InputError';
  }
}
