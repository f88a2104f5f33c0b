/**
 * `npm run load`: the mixed-load test in bench/ (bench/README.md, "Load
 * test"). Imported by URL because bench/ is its own TypeScript project
 * (bench/tsconfig.json), outside the server's.
 */
await import(new URL('../../../bench/load-main.ts', import.meta.url).href)
