/** How many terminal columns a text takes. */
export type DisplayWidth = (text: string) => number;

/** ASCII, where every character (control characters are shown as one U+FFFD) takes one column. */
const codeUnits: DisplayWidth = (text) => text.length;

const BEYOND_ASCII = /[\u0080-\uffff]/;

/**
 * The display width for a report whose code frames show `lines`: string-width (East Asian Wide and
 * Fullwidth characters and emoji take two columns, combining marks none) when one of them has text
 * beyond ASCII, else the length. string-width is imported only then: its import builds an
 * `Intl.Segmenter`, about 25 ms that every run would pay for a report of plain JSON.
 */
export async function displayWidthFor(lines: Iterable<string>): Promise<DisplayWidth> {
  for (const line of lines) {
    if (BEYOND_ASCII.test(line)) {
      const { default: stringWidth } = await import('string-width');
      return stringWidth;
    }
  }
  return codeUnits;
}
