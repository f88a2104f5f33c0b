import { type LoadTestArgs } from './load-report';
/** Runs the load test; resolves with the printed report. */
export declare function runLoadTest(args: LoadTestArgs, log?: (line: string) => void): Promise<string>;
