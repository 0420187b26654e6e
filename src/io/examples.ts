/**
 * The example files shipped in `examples/`. Each is its own lazily loaded chunk, so only the one
 * opened on a first visit is in the first download.
 */
const loaders = import.meta.glob('/examples/*.fivefold.json', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

export interface ExampleEntry {
  /** Module path, e.g. `/examples/ott-churn.fivefold.json`. */
  path: string;
  fileName: string;
  title: string;
}

/**
 * Every example with its title (read from the file; the file name if the title cannot be read),
 * sorted by title.
 * @example (await listExamples()).map((e) => e.title) // ['OTT churn: 10% to 2% in a quarter', …]
 */
export async function listExamples(): Promise<ExampleEntry[]> {
  const entries = await Promise.all(
    Object.keys(loaders).map(async (path) => {
      const fileName = path.split('/').pop()!;
      return { path, fileName, title: titleOf(await loaders[path](), fileName) };
    }),
  );
  return entries.sort((a, b) => a.title.localeCompare(b.title));
}

/** The text of one example. */
export async function loadExample(path: string): Promise<string> {
  const load = loaders[path];
  if (!load) throw new Error(`no example at ${path}`);
  return load();
}

function titleOf(text: string, fallback: string): string {
  try {
    const title = (JSON.parse(text) as { title?: unknown }).title;
    return typeof title === 'string' && title.trim() ? title : fallback;
  } catch {
    return fallback;
  }
}
