/**
 * Text from a file is plain text everywhere (format.md): these make it so in HTML and Markdown, so a
 * team named `<img src=x onerror=alert(1)>` reads literally in a report or a pull-request comment.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** @example escapeHtml('<b>') // "&lt;b&gt;" */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML[c]);

/**
 * Inline Markdown (a table cell, a list item): `<`, `>` and an `&` that would start an entity as
 * entities (Markdown passes HTML through), the characters that start inline formatting, links or
 * cells behind a backslash, line breaks as spaces (a cell ends at a line break).
 * @example escapeMarkdown('a|b *c*') // "a\\|b \\*c\\*"
 */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(/&(?=#?\w+;)|[<>]/g, (c) => HTML[c])
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, ' ');
