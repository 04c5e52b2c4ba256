// pptxgenjs ships CommonJS-style typings beside its ES build: under NodeNext the
// default import is typed as the module object while the runtime hands over the
// class. This file is the one place that reconciles the two; the rest of the
// backend imports pptxgenjs's types from here.
import pptxgenModule from "pptxgenjs";

type PptxModule = typeof import("pptxgenjs");
type PptxConstructor = PptxModule["default"];

export type Pptx = InstanceType<PptxConstructor>;
export type PptxSlide = import("pptxgenjs").default.Slide;
export type TextProps = import("pptxgenjs").default.TextProps;
export type TextPropsOptions = import("pptxgenjs").default.TextPropsOptions;
export type ShapeLineProps = import("pptxgenjs").default.ShapeLineProps;
export type ShapeFillProps = import("pptxgenjs").default.ShapeFillProps;
export type ShapeName = import("pptxgenjs").default.SHAPE_NAME;
export type BorderProps = import("pptxgenjs").default.BorderProps;
export type PptxTableCell = import("pptxgenjs").default.TableCell;
export type TableCellProps = import("pptxgenjs").default.TableCellProps;
export type ChartOptions = import("pptxgenjs").default.IChartOpts;

const moduleValue = pptxgenModule as unknown as PptxConstructor | { default: PptxConstructor };

export const PptxGen: PptxConstructor = typeof moduleValue === "function" ? moduleValue : moduleValue.default;
