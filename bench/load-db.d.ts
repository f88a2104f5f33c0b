export declare const BENCH_TMP: string;
/**
 * Creates a database of `count` generated events through the app's own
 * services (createVenue, createInstitution, createEvent: validation,
 * sanitizing, search index), all in one transaction, then optimizes the
 * search indexes as a bulk import does.
 */
export declare function buildDatabase(path: string, count: number, onProgress?: (done: number) => void): void;
/**
 * A fresh copy, at `runDir/calendar.sqlite`, of the database of `count`
 * events. The generated database is cached in the temp folder under a name
 * keyed by the count, the generator version and the migrations, since
 * building 100,000 events takes a while.
 */
export declare function prepareDatabase(count: number, runDir: string, log: (line: string) => void): {
    path: string;
    cachedPath: string;
    buildSeconds: number | null;
};
