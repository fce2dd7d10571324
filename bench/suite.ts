/** One article of the generated benchmark corpus. */
export interface BenchArticle {
  id: string;
  text: string;
}

/** One part of `npm run bench`: prints its own table and returns its headline figures. */
export interface BenchSuite {
  name: string;
  run(corpus: BenchArticle[]): Promise<Record<string, number | string>>;
}
