/** `npm run load` options; every flag has the default. */
export interface LoadTestArgs {
    /** Seconds of load. */
    durationSeconds: number;
    /** Honest clients, each one request at a time. */
    clients: number;
    /** Events in the database. */
    events: number;
}
export declare const LOAD_USAGE: string;
export declare class LoadUsageError extends Error {
}
/** Reads the command line of `npm run load`; a LoadUsageError says what is wrong. */
export declare function parseLoadArgs(argv: string[]): LoadTestArgs;
/** The requests of one group (e.g. honest searches, hostile slow-loris) as measured. */
export interface GroupStats {
    group: string;
    isHonest: boolean;
    /** Milliseconds of each answered request. */
    latencies: number[];
    /** Answers by status, and `network` for requests that got none. */
    statuses: Record<string, number>;
    errors: number;
}
/** The Markdown table `npm run load` prints, and the verdict against the goal for the honest clients. */
export declare function formatLoadReport(groups: GroupStats[], seconds: number): string;
