export const num = (n: number | undefined) => (n === undefined ? '' : String(n));
