export interface LoadOptions {
    connections: number;
    durationSeconds: number;
    /** A steady total rate (requests/s) instead of as fast as possible. */
    overallRate?: number;
    /** Seconds before a request counts as a timeout; large for json-server, whose queue is long. */
    timeoutSeconds?: number;
}
export interface RequestSpec {
    method?: 'GET' | 'PUT';
    headers?: Record<string, string>;
    /** Called for every request: the path (and body) to send; `connection` is stable per connection. */
    next(connection: number): {
        path: string;
        body?: string;
        headers?: Record<string, string>;
    };
    /** The answer to a request, e.g. to keep the version an update returned. */
    onResponse?(status: number, body: string, connection: number): void;
}
export interface LoadResult {
    requestsPerSecond: number;
    /** The measured time, over which `requestsPerSecond` counts. */
    seconds: number;
    p50: number;
    p99: number;
    ok: number;
    failed: number;
    statuses: Record<string, number>;
}
/** One measured run; requests/s counts 2xx and 304 answers only. The caller warms up (and lets the server settle) first. */
export declare function load(origin: string, spec: RequestSpec, options: LoadOptions): Promise<LoadResult>;
/**
 * Runs of one server taken at different moments, as one result: requests/s over all of them, p50 weighted by each
 * run's answers, and the worst p99, so that pooling never hides a slow tail.
 */
export declare function pooled(runs: LoadResult[]): LoadResult;
