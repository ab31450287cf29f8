export const nginxConfigFile: string;
export function nginxConfig(): string;
export function hostHeaders(): string;
export function writeHostHeaders(outDir: string): void;
