// Slide titles are drawn as text boxes at the layout's exact position; marking
// the one named "Title" as the slide's title placeholder lets PowerPoint's
// outline view, slide sorter, screen readers and accessibility checker find
// each slide's title. The shape keeps its own geometry and formatting (all
// explicit), so nothing moves; a slide has at most one title placeholder.
// What pptxgenjs 4.0.1 writes for a text box given `objectName: "Title"`.
const TITLE_SHAPE = /<p:cNvPr id="(\d+)" name="Title"><\/p:cNvPr><p:cNvSpPr txBox="1"\/><p:nvPr><\/p:nvPr>/;

export function markTitlePlaceholder(xml: string): string {
  return xml.replace(
    TITLE_SHAPE,
    (_m, id: string) => `<p:cNvPr id="${id}" name="Title"></p:cNvPr><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>`,
  );
}
