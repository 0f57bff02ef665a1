/** A built HTML page as the host-file steps pass it along: where it is and its current text. */
export interface BuiltPage {
  /** Its file below the output folder ("uk/territory/index.html"). */
  file: string;
  /** Its URL path below the base ("uk/territory/"). */
  path: string;
  html: string;
}
