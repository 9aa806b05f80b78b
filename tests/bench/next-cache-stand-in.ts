// Stands in for next/cache in process (run.ts's resolve hook swaps it in): the benchmark calls the server
// actions themselves, and refreshing pages needs a request that is not there.
export function revalidatePath(): void {}
export function revalidateTag(): void {}
