/** How often owners confirm, in words: "every 90 days", "every day". Shared by the section and its form. */
export function describeCadence(days: number): string {
  return days === 1 ? "every day" : `every ${days} days`;
}
