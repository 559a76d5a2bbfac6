/** The helpers of cli-table3 that `table.ts` falls back on for text other than plain ASCII (the package ships no types for them). */
declare module 'cli-table3/src/utils.js' {
  const utils: {
    /** display width: ANSI codes stripped, wide and emoji characters counted twice, the widest line */
    strlen(text: string): number;
    truncate(text: string, length: number, ellipsis?: string): string;
    /** closes the ANSI styles open at the end of each line and reopens them on the next */
    colorizeLines(lines: string[]): string[];
  };
  export default utils;
}
