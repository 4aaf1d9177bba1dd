import type { Plugin } from 'vite';
export declare const contentIds: () => Plugin;
export declare const contentIdsForTests: () => object;
