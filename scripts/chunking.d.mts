import type { Plugin } from 'vite';
interface ChunkingContext {
  getModuleInfo(id: string): { readonly importedIds: readonly string[]; readonly code: string | null } | null;
}
export declare const smallSharedModule: number;
export declare const coreChunk: (name: string, elementEntries: readonly string[]) => (id: string, context: ChunkingContext) => string | null;
export declare const addressesResolveInPlace: (topLevel: readonly string[]) => Plugin;
