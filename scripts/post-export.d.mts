export function cssReferences(css: string, cssPath: string): string[];
export function postExport(outDir: string): { pages: number; scripts: number; deleted: number };
