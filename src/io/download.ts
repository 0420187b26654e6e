/**
 * Offers text as a file download through a blob URL and an `<a download>`: the platform's own way to
 * save, which works offline, under the page's CSP, and without a permission prompt.
 * @example downloadText('recovered.fivefold.json', text)
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
