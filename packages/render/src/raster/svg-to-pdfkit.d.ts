/** Types for svg-to-pdfkit 0.1.8, which ships none; only the options OpenCJM uses. */
declare module 'svg-to-pdfkit' {
  export interface FontOptions {
    fauxBold: boolean;
    fauxItalic: boolean;
  }
  export interface SvgToPdfOptions {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    assumePt?: boolean;
    fontCallback?: (family: string, bold: boolean, italic: boolean, options: FontOptions) => string;
    imageCallback?: (link: string) => string;
    warningCallback?: (message: string) => void;
  }
  export default function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x?: number,
    y?: number,
    options?: SvgToPdfOptions,
  ): void;
}
