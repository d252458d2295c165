// Placeholder: loads the demo board (~40 items of a town's year) into an empty board.
export async function loadDemoData(): Promise<number> {
  return 0;
}
