// A small drawn portrait for captions: a soft disc with initials, its colour fixed per person so the
// same speaker always looks the same. Built as SVG nodes with text set as text.
const SVG = "http://www.w3.org/2000/svg";
const PALETTE = ["#7c9cb8", "#9c8fb5", "#b59a7c", "#7fae9a", "#b58a8a", "#8aa6a8", "#a9a07a", "#8e9fc4"];

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

export function initials(name: string): string {
  const words = name
    .replace(/\(.*\)/, "")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const first = words[0]?.[0] ?? "?";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

export function portrait(id: string, name: string, size = 44): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 44 44");
  svg.setAttribute("width", String(size));
  svg.setAttribute("height", String(size));
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "portrait");
  const disc = document.createElementNS(SVG, "circle");
  disc.setAttribute("cx", "22");
  disc.setAttribute("cy", "22");
  disc.setAttribute("r", "21");
  disc.setAttribute("fill", PALETTE[hash(id) % PALETTE.length] as string);
  const label = document.createElementNS(SVG, "text");
  label.setAttribute("x", "22");
  label.setAttribute("y", "27");
  label.setAttribute("text-anchor", "middle");
  label.setAttribute("font-size", "15");
  label.setAttribute("fill", "#fff");
  label.setAttribute("font-family", "system-ui, sans-serif");
  label.textContent = initials(name);
  svg.append(disc, label);
  return svg;
}
