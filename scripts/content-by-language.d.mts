import type { Plugin } from 'vite';
export declare const contentByLanguage: (options?: { split?: boolean }) => Plugin;
