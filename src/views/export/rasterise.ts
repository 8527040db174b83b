/**
 * SVG → PNG in the browser, without a library: the SVG is loaded as an image and drawn on a canvas
 * at `scale` (2 for slides: sharp on a projector and when a slide is scaled up).
 */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  // A data: URL (the page's CSP allows data: images); the SVG has no external references, so the canvas stays clean.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  const image = new Image(width, height);
  image.decoding = 'async';
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The figure could not be drawn as an image.'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw on a canvas.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('The PNG could not be encoded.')) : resolve(blob)), 'image/png');
  });
}
