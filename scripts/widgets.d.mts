export declare const widgetNames: () => string[];
export declare const tagOf: (name: string) => `iom-${string}`;
