/*
 * The line at the top of a tool drawn on the server (issue 18): until the page's JavaScript has
 * run, the tool is shown but takes no input, and this line says it is getting ready, so nothing
 * typed is lost. It keeps its place afterwards (saying what to do), so nothing below it moves.
 */
interface ToolReadyProps {
  /** True once the tool takes input. */
  ready: boolean;
  /** The tool's name, like "calculator". */
  tool: string;
  /** What to do once it is ready, like "Type your figures below." */
  next: string;
}

export function ToolReady({ ready, tool, next }: ToolReadyProps) {
  return (
    <p className="tool-ready__line" role="status">
      {ready ? `The ${tool} is ready. ${next}` : `The ${tool} is getting ready. Please wait.`}
    </p>
  );
}
