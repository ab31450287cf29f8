export function frenchSpacing(text: string): string;
export const skipTypography: Set<string>;
