// THE intermediate representation: what the layout stage decides once and both
// renderers replay without deciding anything. Units are fixed here and only
// converted inside src/render: geometry in inches, font sizes, line pitches and
// strokes in points, origin at the slide's top-left corner, colours `#RRGGBB`.
// Every text primitive already holds its final font size and line breaks.

/** `#RRGGBB`, upper case. */
export type Color = string;

export type Align = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

/** A run of text in one style. Fallback-font splitting happens in the renderers from the same font stack the layout measured with. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Overrides the primitive's colour. */
  color?: Color;
  /** `mailto:` or `https:` target; drawn as a link in both outputs. */
  link?: string;
}

/** A paragraph whose line breaks were decided by the layout. */
export interface Paragraph {
  /** Each entry is one visual line (soft breaks inside the paragraph). Never empty. */
  lines: TextRun[][];
  /** A bullet drawn at the paragraph's hanging indent. */
  bullet?: { char: string; color?: Color };
  /** Left indent of the text (inches); the bullet sits at 0..indent. */
  indent?: number;
  /** Space before this paragraph (points); not applied before the first one. */
  spaceBefore?: number;
  align?: Align;
}

export interface TextStyle {
  /** The font the PPTX names (e.g. "Calibri"); the layout measured with its twin. */
  fontFace: string;
  /** Points. */
  fontSize: number;
  color: Color;
  bold?: boolean;
  italic?: boolean;
  /** Distance from one baseline to the next (points). Both renderers use exactly this pitch. */
  lineHeight: number;
}

export interface TextPrimitive {
  type: "text";
  /** Inches. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Inner padding (inches) on each side; the lines fit in w - 2*padding. */
  padding: number;
  style: TextStyle;
  paragraphs: Paragraph[];
  align: Align;
  valign: VAlign;
  /** Optional box behind the text. */
  fill?: Color;
  border?: Stroke;
  /** Corner radius (inches) of the fill, for pills and badges. */
  radius?: number;
  /** Semantic role, used for the PDF structure tree and for tests. */
  role?: "title" | "subtitle" | "body" | "label" | "footer" | "caption";
  /** Source field of the plan (YAML path), for warnings and tests. */
  field?: string;
}

export interface Stroke {
  color: Color;
  /** Points. */
  width: number;
  dash?: "solid" | "dash" | "dot";
}

export interface RectPrimitive {
  type: "rect";
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: Color;
  stroke?: Stroke;
  /** Corner radius (inches); 0 or absent for square corners. */
  radius?: number;
}

export interface EllipsePrimitive {
  type: "ellipse";
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: Color;
  stroke?: Stroke;
}

/** A small closed polygon (markers such as diamonds and triangles), points in inches. */
export interface PolygonPrimitive {
  type: "polygon";
  points: Array<{ x: number; y: number }>;
  fill?: Color;
  stroke?: Stroke;
}

export interface LinePrimitive {
  type: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: Stroke;
  /** Arrow head at the end point. */
  arrowEnd?: boolean;
}

export interface ImagePrimitive {
  type: "image";
  x: number;
  y: number;
  w: number;
  h: number;
  /** Absolute path of a PNG or JPEG already validated by the loader. */
  path: string;
  mime: "image/png" | "image/jpeg";
  /** Alternative text (never internal data). */
  alt?: string;
}

export interface TableCell {
  paragraphs: Paragraph[];
  align?: Align;
  fill?: Color;
  bold?: boolean;
  color?: Color;
  /** YAML path of the plan field the cell shows, when it shows one (named in errors; renderers ignore it). */
  field?: string;
}

export interface TableRow {
  /** Inches, decided by the layout from the measured cell contents. */
  h: number;
  cells: TableCell[];
  header?: boolean;
}

export interface TablePrimitive {
  type: "table";
  x: number;
  y: number;
  /** Column widths (inches); their sum is the table width. */
  columns: number[];
  rows: TableRow[];
  style: TextStyle;
  /** Cell padding (inches) on each side. */
  padding: number;
  border: Stroke;
  headerFill?: Color;
  headerColor?: Color;
}

export interface ChartSeries {
  name: string;
  values: number[];
  color: Color;
}

/**
 * A chart. The PPTX writes a native, editable chart from `categories`/`series`;
 * the PDF replays `vector`, the same chart already drawn as primitives by the layout.
 */
export interface ChartPrimitive {
  type: "chart";
  chart: "line" | "bar";
  x: number;
  y: number;
  w: number;
  h: number;
  categories: string[];
  series: ChartSeries[];
  /** Value axis bounds, shared by both outputs. */
  min: number;
  max: number;
  /** Value axis step between gridlines (same unit as min/max), so both outputs draw the same gridlines. */
  step?: number;
  /** Points. */
  fontSize: number;
  fontFace: string;
  textColor: Color;
  gridColor: Color;
  /** Gridline, series line and point marker sizes (points), shared with `vector`. */
  strokes?: { grid: number; line: number; marker: number };
  /** Decimals of the value-axis labels, as the vector copy writes them. */
  axisDecimals?: number;
  title?: string;
  vector: Primitive[];
}

export type Primitive =
  | TextPrimitive
  | RectPrimitive
  | EllipsePrimitive
  | PolygonPrimitive
  | LinePrimitive
  | ImagePrimitive
  | TablePrimitive
  | ChartPrimitive;

export type PrimitiveType = Primitive["type"];

export interface SlideLayout {
  /** The slide kind that produced it (cover, swot, actions, ...). */
  kind: string;
  /** Plain title, for the PDF outline and tests. */
  title: string;
  /** Set on the first slide of a section: the PDF outline gets one bookmark per section. */
  bookmark?: string;
  background: Color;
  primitives: Primitive[];
}

export interface LayoutWarning {
  /** YAML path of the field, e.g. `actions[3].expected_result`. */
  field: string;
  message: string;
}

export interface DeckMeta {
  title: string;
  /** The key account manager. */
  author: string;
  subject: string;
  /** BCP 47, e.g. `fr-FR`. */
  language: string;
  company?: string;
  keywords?: string;
  /** Seconds since the epoch, pinned for byte-identical output. */
  timestamp: number;
}

export interface DeckLayout {
  /** Slide size in inches. */
  width: number;
  height: number;
  audience: "internal" | "client";
  meta: DeckMeta;
  /** The theme's fonts: the PDF renderer draws with the same stack the layout measured with. */
  fonts: { face: string; twin: string; fallbacks: string[] };
  slides: SlideLayout[];
  warnings: LayoutWarning[];
}
