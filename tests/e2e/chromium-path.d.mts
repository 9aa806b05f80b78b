// Types for chromium-path.mjs, plain JavaScript so that ensure-chromium.mjs runs on Node without a compiler.
export declare const HEADLESS_SHELL_PATH: string;
export declare const FULL_CHROMIUM_PATH: string;
export declare const DEBIAN_PACKAGE: string;
export declare function chromiumPath(): string;
