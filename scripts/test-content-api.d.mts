export declare const buildTestApi: (name: string, extra: () => Promise<[string, { id: string }][]>) => Promise<string>;
export declare const mapProjects: () => Promise<[string, { id: string }][]>;
export declare const buildMapCasesApi: () => Promise<string>;
