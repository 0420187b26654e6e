/**
 * A report as plain blocks of text, so one description renders to Markdown and to HTML alike. Every
 * string in a block is plain text (escaped by the renderer); only `figure.svg` is markup, and it comes
 * from the SVG renderer, which escapes what it draws.
 */
export type Align = 'left' | 'right';

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; text: string; strong?: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][]; align?: Align[] }
  | { kind: 'figure'; caption: string; svg: string }
  | { kind: 'pageBreak' };
