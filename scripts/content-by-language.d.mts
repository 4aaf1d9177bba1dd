import type { Plugin } from 'vite';
export declare const contentByLanguage: () => Plugin;
