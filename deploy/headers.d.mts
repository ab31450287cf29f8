export const contentSecurityPolicy: string;
export const securityHeaders: Record<string, string>;
export const cacheRules: { pattern: string; glob: string; header: string }[];
export const extensionlessImages: { names: string[]; contentType: string };
