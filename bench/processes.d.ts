import { type ChildProcess } from 'node:child_process';
/** Ends every server this run started; called on exit and on Ctrl-C. */
export declare function stopAll(): void;
export interface Server {
    name: string;
    origin: string;
    child: ChildProcess;
    /** Milliseconds from spawn to the first HTTP answer. */
    startMs: number;
    stop(): Promise<void>;
}
/** Spawns `command args` with `env` and waits until `probePath` answers on `port` (any status), at most `timeoutMs`. */
export declare function startServer(options: {
    name: string;
    command: string;
    args: string[];
    env: Record<string, string>;
    port: number;
    probePath: string;
    timeoutMs?: number;
    log: (line: string) => void;
}): Promise<Server>;
/** Peak resident memory (heap and native, not the page cache) of `pid` since the last reset, in bytes; null off Linux. */
export declare function peakRss(pid: number): number | null;
/** Resets the peak that `peakRss` reads (Linux: clear_refs 5). */
export declare function resetPeakRss(pid: number): void;
