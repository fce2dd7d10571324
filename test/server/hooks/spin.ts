/** Stands in for a text that sends the analysis down a path that never ends. */
export default function spin(): void {
  let turns = 0;
  while (turns >= 0) turns = (turns + 1) % 1000;
}
