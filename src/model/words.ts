/**
 * "person" for one, "people" otherwise: every count of people the app shows or reads out.
 * @example `${n} ${peopleWord(n)}` // '1 person', '3 people'
 */
export function peopleWord(n: number): 'person' | 'people' {
  return n === 1 ? 'person' : 'people';
}
