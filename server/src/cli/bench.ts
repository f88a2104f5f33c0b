/**
 * `npm run bench`: the benchmark in bench/ (bench/README.md). Imported
 * by URL because bench/ is its own TypeScript project (bench/tsconfig.json),
 * outside the server's.
 */
await import(new URL('../../../bench/main.ts', import.meta.url).href)
