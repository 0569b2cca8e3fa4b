/** The slice of Eleventy 3's programmatic API that sillok uses (the package ships no types). */
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    config?: (config: { addGlobalData(name: string, value: unknown): void; setUseGitIgnore(use: boolean): void; ignores: { add(glob: string): void; delete(glob: string): void } }) => void;
  }
  export default class Eleventy {
    /** Resolves to [passthrough copies, template results]. */
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<[unknown, { outputPath: string | false }[]]>;
    /** Silences Eleventy's own log lines ("Wrote N files…"); errors still throw. */
    disableLogger(): void;
  }
  export const HtmlBasePlugin: unknown;
}

/** The slice of Eleventy's dev server that `sillok serve` uses. */
declare module "@11ty/eleventy-dev-server" {
  export interface DevServerOptions {
    port?: number;
    pathPrefix?: string;
    liveReload?: boolean;
    domDiff?: boolean;
    watch?: string[];
    showVersion?: boolean;
    logger?: { info(...args: unknown[]): void; log(...args: unknown[]): void; error(...args: unknown[]): void };
  }
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    reload(event?: { files?: string[] }): void;
    close(): Promise<void>;
  }
}
