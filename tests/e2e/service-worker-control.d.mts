import type { BrowserContext, Worker } from 'playwright-core';

export declare function extensionWorker(context: BrowserContext): Worker | undefined;
export declare function stopExtensionWorker(context: BrowserContext, extensionId?: string | null): Promise<boolean>;
