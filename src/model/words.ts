/**
 * "person" for one, "people" otherwise: every count of people the app shows or reads out.
 * @example `${n} ${peopleWord(n)}` // '1 person', '3 people'
 */
export function peopleWord(n: number): 'person' | 'people' {
  return n === 1 ? 'person' : 'people';
}

/**
 * A count with its noun, which takes a plain "s" for any count but one (team, handoff, warning).
 * @example counted(1, 'team') // '1 team'; counted(3, 'handoff') // '3 handoffs'
 */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
